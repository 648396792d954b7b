import http from "node:http"
import { AddressInfo } from "node:net"
import { Alert, alertText, createAlerter, webhookBody } from "../alerts"
import { CounterStore, createMemoryCounterStore } from "../counter-store"

/** An incoming-webhook receiver on 127.0.0.1 that records each body and answers `status` (or never, with null). */
async function fakeWebhook(status: number | null = 200) {
  const received: { path: string; type?: string; body: any }[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ path: req.url ?? "", type: req.headers["content-type"], body: JSON.parse(body) })
      if (status !== null) res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    received,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const dead = (id: string): Alert => ({ key: `lexoffice.sync.dead:${id}`, source: "Lexoffice", title: `invoice sync ${id} is dead`, detail: "HTTP 500" })

describe("webhookBody", () => {
  it("gives Discord webhooks `content` and everything else Slack's `text`", () => {
    expect(webhookBody("https://discord.com/api/webhooks/1/abc", "hi")).toEqual({ content: "hi" })
    expect(webhookBody("https://discordapp.com/api/webhooks/1/abc", "hi")).toEqual({ content: "hi" })
    expect(webhookBody("https://canary.discord.com/api/webhooks/1/abc", "hi")).toEqual({ content: "hi" })
    expect(webhookBody("https://hooks.slack.com/services/T0/B0/x", "hi")).toEqual({ text: "hi" })
    expect(webhookBody("https://chat.example.com/api/webhooks/1", "hi")).toEqual({ text: "hi" })
    expect(webhookBody("https://discord.com/channels/1", "hi")).toEqual({ text: "hi" })
    expect(webhookBody("https://notdiscord.com/api/webhooks/1", "hi")).toEqual({ text: "hi" })
  })
})

describe("alertText", () => {
  it("names the source, what failed and why, and how many were held back", () => {
    expect(alertText(dead("lxs_1"))).toEqual("Lexoffice: invoice sync lxs_1 is dead: HTTP 500")
    expect(alertText({ key: "k", source: "Scheduled job", title: "create-payouts failed" })).toEqual("Scheduled job: create-payouts failed")
    expect(alertText(dead("lxs_1"), 49)).toEqual("Lexoffice: invoice sync lxs_1 is dead: HTTP 500\n(49 more like this since the last alert were not sent)")
  })

  it("cuts a long error short of Discord's limit", () => {
    const text = alertText({ key: "k", source: "Viva Wallet", title: "failed", detail: "x".repeat(5_000) }, 3)
    expect(text.split("\n")[0]).toHaveLength(1_900)
    expect(text.length).toBeLessThan(2_000)
  })
})

describe("createAlerter", () => {
  let webhook: Awaited<ReturnType<typeof fakeWebhook>>
  let store: CounterStore
  const logged: string[] = []
  const logger = { error: (m: string) => logged.push(`error ${m}`), warn: (m: string) => logged.push(`warn ${m}`) }

  beforeEach(() => {
    store = createMemoryCounterStore()
    logged.length = 0
  })
  afterEach(async () => {
    await webhook?.close()
    await store.close()
  })

  it("only logs, at error level, without a webhook", async () => {
    const send = createAlerter({ dedupSeconds: 600, maxPerMinute: 10, store: () => store, logger })
    expect(await send(dead("lxs_1"))).toEqual("logged")
    expect(logged).toEqual(["error alert: Lexoffice: invoice sync lxs_1 is dead: HTTP 500"])
  })

  it("posts the alert as JSON to the webhook URL", async () => {
    webhook = await fakeWebhook()
    const slack = createAlerter({ webhookUrl: `${webhook.url}/services/T0/B0/x`, dedupSeconds: 600, maxPerMinute: 10, store: () => store, logger })
    expect(await slack(dead("lxs_1"))).toEqual("sent")
    expect(webhook.received).toEqual([{ path: "/services/T0/B0/x", type: "application/json", body: { text: "Lexoffice: invoice sync lxs_1 is dead: HTTP 500" } }])
  })

  it("sends the same key once per window, then says how many were held back", async () => {
    webhook = await fakeWebhook()
    const send = createAlerter({ webhookUrl: webhook.url, dedupSeconds: 0.4, maxPerMinute: 100, store: () => store, logger })
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => send(dead("lxs_1"))))
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1)
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(49)
    expect(await send(dead("lxs_2"))).toEqual("sent")
    expect(webhook.received.map((r) => r.body.text)).toEqual([
      "Lexoffice: invoice sync lxs_1 is dead: HTTP 500",
      "Lexoffice: invoice sync lxs_2 is dead: HTTP 500",
    ])

    await sleep(450)
    expect(await send(dead("lxs_1"))).toEqual("sent")
    expect(webhook.received[2].body.text).toEqual("Lexoffice: invoice sync lxs_1 is dead: HTTP 500\n(49 more like this since the last alert were not sent)")
    // The count was told once.
    await sleep(450)
    expect(await send(dead("lxs_1"))).toEqual("sent")
    expect(webhook.received[3].body.text).toEqual("Lexoffice: invoice sync lxs_1 is dead: HTTP 500")
    // Duplicates are only counted, not logged.
    expect(logged.filter((l) => l.startsWith("error alert:"))).toHaveLength(4)
  })

  it("sends at most maxPerMinute alerts a minute, whatever their keys", async () => {
    webhook = await fakeWebhook()
    const send = createAlerter({ webhookUrl: webhook.url, dedupSeconds: 600, maxPerMinute: 3, store: () => store, logger })
    const outcomes = []
    for (let i = 0; i < 10; i++) outcomes.push(await send(dead(`lxs_${i}`)))
    expect(outcomes).toEqual(["sent", "sent", "sent", ...Array(7).fill("capped")])
    expect(webhook.received).toHaveLength(3)
    // A capped key is not taken for a duplicate: it is counted as held back and its next alert is tried again.
    expect(await send(dead("lxs_5"))).toEqual("capped")
    expect(await store.take("alert:lexoffice.sync.dead:lxs_5:missed")).toEqual(2)
  })

  it("shares the counts through the store: a second process does not repeat an alert", async () => {
    webhook = await fakeWebhook()
    const options = { webhookUrl: webhook.url, dedupSeconds: 600, maxPerMinute: 10, store: () => store, logger }
    const [a, b] = [createAlerter(options), createAlerter(options)]
    expect(await a(dead("lxs_1"))).toEqual("sent")
    expect(await b(dead("lxs_1"))).toEqual("duplicate")
    expect(webhook.received).toHaveLength(1)
  })

  it("counts in the process when the shared store cannot answer", async () => {
    webhook = await fakeWebhook()
    const down: CounterStore = { increment: async () => null, decrement: async () => {}, take: async () => 0, once: async () => null, close: async () => {} }
    const send = createAlerter({ webhookUrl: webhook.url, dedupSeconds: 600, maxPerMinute: 10, store: () => down, logger })
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => send(dead("lxs_1"))))
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1)
    expect(webhook.received).toHaveLength(1)
  })

  it("logs a failing or silent webhook and never throws", async () => {
    webhook = await fakeWebhook(500)
    const failing = createAlerter({ webhookUrl: webhook.url, dedupSeconds: 600, maxPerMinute: 10, store: () => store, logger })
    expect(await failing(dead("lxs_1"))).toEqual("failed")
    expect(logged).toContain("warn alert not delivered: the webhook answered 500")
    await webhook.close()

    webhook = await fakeWebhook(null)
    const silent = createAlerter({ webhookUrl: webhook.url, dedupSeconds: 600, maxPerMinute: 10, store: () => store, timeoutMs: 200, logger })
    const started = Date.now()
    expect(await silent(dead("lxs_2"))).toEqual("failed")
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(logged.some((l) => l.startsWith("warn alert not delivered: the webhook failed"))).toBe(true)

    const unreachable = createAlerter({ webhookUrl: "http://127.0.0.1:9/hook", dedupSeconds: 600, maxPerMinute: 10, store: () => store, logger })
    expect(await unreachable(dead("lxs_3"))).toEqual("failed")
  })
})
