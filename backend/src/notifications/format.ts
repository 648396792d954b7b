import type { Locale } from "./types"

/** Shortens text to at most `max` characters, at a word boundary where there is one, ending in an ellipsis. */
export function excerpt(text: string, max = 80): string {
  // No-break spaces stay: Intl puts them between an amount and its currency sign.
  const flat = text.replace(/[^\S\u00a0\u202f]+/g, " ").trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(" ")
  // A single very long word is cut mid-word rather than dropped.
  const words = space > max / 2 ? cut.slice(0, space) : cut
  return `${words.replace(/[\s.,;:!?…-]+$/, "")}…`
}

export type Person = { name: string; handle: string }

/** Formatting in the recipient's locale, handed to each message. */
export function formatters(locale: Locale) {
  const unit = (unit: "hour" | "minute") => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" })
  return {
    /** 12.5, "eur" -> "€12.50" (en), "12,50 €" (de, el). */
    money: (amount: number, currencyCode: string) =>
      new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount),
    /** "24 hours", "24 Stunden", "24 ώρες". */
    hours: (n: number) => unit("hour").format(n),
    minutes: (n: number) => unit("minute").format(n),
    excerpt,
    /** How a person is called in a sentence: the name, or the handle when the name is empty. */
    who: (person: Person) => person.name.trim() || `@${person.handle}`,
    /** The name with the handle, so a common name is still recognisable. */
    whoFull: (person: Person) => (person.name.trim() ? `${person.name.trim()} (@${person.handle})` : `@${person.handle}`),
  }
}

export type Formatters = ReturnType<typeof formatters>
