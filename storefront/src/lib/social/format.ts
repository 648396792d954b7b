// Counts and initials for the social pages, on the server and in the browser.

export type PluralForms = { one: string; other: string }

// Up to here a count is shown in full (9,999); above it, compactly (12K, 1.2M) as the big social apps do.
const FULL_UP_TO = 9_999

/** A count in the locale's digits and grouping, compact from 10,000 on: "1,234" and "12.3K" in en, "1,2 Mio." in de. */
export function formatCount(n: number, locale: string): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(n) > FULL_UP_TO ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }
  return new Intl.NumberFormat(locale, options).format(n)
}

/** "{n} posts" in the locale's plural form, the count formatted by formatCount. */
export function countText(n: number, locale: string, forms: PluralForms): string {
  const form = new Intl.PluralRules(locale).select(n) === "one" ? forms.one : forms.other
  return form.replaceAll("{n}", formatCount(n, locale))
}

/** Up to two initials of a name, for an avatar without a picture: "Maria Kouri" → "MK", "μέλι" → "Μ". */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? "")
    .join("")
    .toLocaleUpperCase()
}
