import type { Locale } from "@/lib/i18n/locales"

type Forms = { one: string; other: string }

/** The message form for a count in the locale's plural rules (en, de and el know "one" and "other"). */
export function plural(locale: Locale, count: number, forms: Forms): string {
  return new Intl.PluralRules(locale).select(count) === "one" ? forms.one : forms.other
}

// The API's days are UTC days ("2026-11-24") and its timestamps UTC: shown as such, whatever the server's zone.
const dates = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options })

/** A date, e.g. "24 Nov 2026" (en), "24.11.2026" (de). */
export function formatDate(value: string, locale: Locale): string {
  return dates(locale, { dateStyle: "medium" }).format(new Date(value))
}

/** A chart's day, short: "24 Nov" (en), "24. Nov." (de). */
export function formatDay(value: string, locale: Locale): string {
  return dates(locale, { day: "numeric", month: "short" }).format(new Date(value))
}

/** A span of dates, shortened the locale's way: "3–24 Nov 2026"; one date when both are the same day. */
export function formatPeriod(from: string, to: string, locale: Locale): string {
  return dates(locale, { dateStyle: "medium" }).formatRange(new Date(from), new Date(to))
}

/** An id short enough to read and tell apart: its last eight characters, e.g. "…01JD4ZQ7". */
export function shortId(id: string): string {
  return `…${id.slice(-8).toUpperCase()}`
}
