import { logger as medusaLogger } from "@medusajs/framework/logger"
import { readEnv } from "../env"
import { CounterStore, counterStore, createMemoryCounterStore } from "./counter-store"

/** A critical error an operator has to act on. */
export type Alert = {
  /** What makes two alerts the same one, e.g. `lexoffice.sync.dead:lxs_…`: it goes out once per dedup window. */
  key: string
  /** What failed, e.g. "Lexoffice", "Viva Wallet", "Scheduled job". */
  source: string
  /** What happened, with the ids an operator needs. */
  title: string
  /** The error message, when there is one. */
  detail?: string
}

/** What became of an alert: only logged (no webhook), sent, held back (dedup or the per-minute cap), or the webhook failed. */
export type AlertOutcome = "logged" | "sent" | "duplicate" | "capped" | "failed"

export type AlerterOptions = {
  webhookUrl?: string
  dedupSeconds: number
  maxPerMinute: number
  store?: () => CounterStore
  timeoutMs?: number
  logger?: { error(message: string): void; warn(message: string): void }
}

// Discord refuses messages over 2,000 characters; Slack accepts more, but an alert should be read at a glance.
const MAX_LENGTH = 1_900
// How long a count of held-back alerts waits for the key's next alert to report it.
const MISSED_MS = 24 * 60 * 60 * 1000

/** Discord's incoming webhooks (discord.com/api/webhooks/…) take `content`; Slack's, and the others that copy it, `text`. */
export function webhookBody(url: string, text: string): { content: string } | { text: string } {
  const { hostname, pathname } = new URL(url)
  const discord = /(^|\.)(discord|discordapp)\.com$/.test(hostname) && pathname.startsWith("/api/webhooks/")
  return discord ? { content: text } : { text }
}

/** One line naming the source, what failed and the ids, then how many like it were held back since the last one. */
export function alertText({ source, title, detail }: Alert, suppressed = 0): string {
  let text = `${source}: ${title}${detail ? `: ${detail}` : ""}`
  if (text.length > MAX_LENGTH) text = `${text.slice(0, MAX_LENGTH - 1)}…`
  return suppressed ? `${text}\n(${suppressed} more like this since the last alert were not sent)` : text
}

/**
 * Sends alerts to a Slack or Discord incoming webhook. The same key goes out once per `dedupSeconds` (in every
 * process sharing the counters), at most `maxPerMinute` alerts go out per minute, and the next alert of a key
 * says how many were held back. Without a webhook every alert is only logged at error level; with one, those
 * that are no duplicates are logged too.
 * A failing webhook is logged, never thrown: the caller is already handling a failure of its own.
 */
export function createAlerter({ webhookUrl, dedupSeconds, maxPerMinute, store = counterStore, timeoutMs = 5_000, logger = medusaLogger }: AlerterOptions) {
  // When the shared counters cannot answer (Redis down), this process counts on its own: an outage must not
  // turn every repeat of a failure into a message.
  const local = createMemoryCounterStore({ maxKeys: 10_000 })
  const once = async (key: string) => (await store().once(key, dedupSeconds * 1000, MISSED_MS)) ?? (await local.once(key, dedupSeconds * 1000, MISSED_MS))!
  const increment = async (key: string, windowMs: number, by = 1) => (await store().increment(key, windowMs, by)) ?? (await local.increment(key, windowMs, by))!
  const take = async (key: string) => (await store().take(key)) + (await local.take(key))

  async function post(url: string, text: string): Promise<AlertOutcome> {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(webhookBody(url, text)),
        signal: AbortSignal.timeout(timeoutMs),
      })
      await response.body?.cancel()
      if (response.ok) return "sent"
      logger.warn(`alert not delivered: the webhook answered ${response.status}`)
    } catch (error) {
      logger.warn(`alert not delivered: the webhook failed: ${(error as Error).message}`)
    }
    return "failed"
  }

  return async function sendAlert(alert: Alert): Promise<AlertOutcome> {
    if (!webhookUrl) {
      logger.error(`alert: ${alertText(alert)}`)
      return "logged"
    }
    const key = `alert:${alert.key}`
    const { first, missed } = await once(key)
    // A duplicate is only counted; its first is in the log, and the next one that goes out reports it.
    if (!first) return "duplicate"
    logger.error(`alert: ${alertText(alert)}`)
    if ((await increment("alert:minute", 60_000)).count > maxPerMinute) {
      // Not sent: the key's next alert may go out once the minute is over, and report this one and those before.
      await take(key)
      await increment(`${key}:missed`, MISSED_MS, missed + 1)
      return "capped"
    }
    return post(webhookUrl, alertText(alert, missed))
  }
}

let configured: ReturnType<typeof createAlerter> | undefined

/** Alerts this deployment's operators (ALERT_WEBHOOK_URL, ALERT_DEDUP_SECONDS, ALERT_MAX_PER_MINUTE). */
export function sendAlert(alert: Alert): Promise<AlertOutcome> {
  if (!configured) {
    const env = readEnv()
    configured = createAlerter({ webhookUrl: env.ALERT_WEBHOOK_URL, dedupSeconds: env.ALERT_DEDUP_SECONDS, maxPerMinute: env.ALERT_MAX_PER_MINUTE })
  }
  return configured(alert)
}
