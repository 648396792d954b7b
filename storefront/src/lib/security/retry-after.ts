// How long the backend's rate limit asks a visitor to wait (a 429's Retry-After), in the visitor's words.

type Plural = { one: string; other: string }

/** "Try again in {n} seconds." and "Try again in {n} minutes.", each as Intl.PluralRules' one and other forms. */
export type WaitTexts = { seconds: Plural; minutes: Plural }

/** When the header is missing or unreadable: long enough for the backend's one-minute windows. */
export const DEFAULT_WAIT = 60

/**
 * The seconds a Retry-After header asks to wait: delta-seconds, or an HTTP date from `now`; at least 1. Null when
 * the header is missing or neither.
 */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim() ?? ""
  if (/^\d{1,9}$/.test(value)) return Math.max(1, Number(value))
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - now) / 1000))
}

/** The wait in words: seconds under a minute, else whole minutes rounded up ("Try again in 2 minutes."). */
export function waitText(seconds: number, locale: string, t: WaitTexts): string {
  const wait = Math.max(1, Math.ceil(seconds))
  const [n, texts] = wait < 60 ? [wait, t.seconds] : [Math.ceil(wait / 60), t.minutes]
  const form = new Intl.PluralRules(locale).select(n) === "one" ? texts.one : texts.other
  return form.replace("{n}", String(n))
}
