// How long ago a post or comment was written, in the reader's language.

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "now", "5 minutes ago", "yesterday", "3 days ago" for the past week, then the date ("Mar 12", with the year when
 * it is not this year's). A time ahead of `now` (clocks differ a little) counts as now.
 */
export function relativeTime(value: string | Date, now: Date, locale: string): string {
  const date = new Date(value)
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000))
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })
  if (seconds < MINUTE) return relative.format(0, "second")
  if (seconds < HOUR) return relative.format(-Math.floor(seconds / MINUTE), "minute")
  if (seconds < DAY) return relative.format(-Math.floor(seconds / HOUR), "hour")
  if (seconds < 7 * DAY) return relative.format(-Math.floor(seconds / DAY), "day")
  const year = date.getFullYear() === now.getFullYear() ? undefined : "numeric"
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year }).format(date)
}

/** The full date and time, for the tooltip of a relative time. */
export function fullTime(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(new Date(value))
}
