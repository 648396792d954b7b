// Prices as sellers type them and as the forms show them again.

/** The Vendor API's largest price, in major units. */
export const MAX_PRICE = 1_000_000

function groupSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(12345).find((part) => part.type === "group")?.value ?? ","
}

/** "1234" or "1.234" (groups of three with `separator`); the digits, or null when the grouping is wrong. */
function integerDigits(text: string, separator: string | null): string | null {
  if (/^\d+$/.test(text)) return text
  if (!separator) return null
  const groups = text.split(separator)
  const [first, ...rest] = groups
  return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group)) ? groups.join("") : null
}

/**
 * A price as typed, in major units, or null when it is no amount. "12,50" and "12.50" both mean 12.5 in every
 * locale; thousands may be grouped ("1.234,50", "1,234.50", "1 234,50"). A lone separator followed by three
 * digits is a thousands separator when it is the locale's ("1.234" is 1234 in German), else it would be a
 * third decimal and the input is refused. At most two decimals: the shop's currencies have cents.
 */
export function parseMoney(input: string, locale: string): number | null {
  const text = input.trim().replace(/[\s\u00a0\u202f']/g, "")
  if (!/^\d[\d.,]*$/.test(text)) return null
  const last = Math.max(text.lastIndexOf(","), text.lastIndexOf("."))
  if (last === -1) return Number(text)
  const separator = text[last]
  const other = separator === "," ? "." : ","
  const fraction = text.slice(last + 1)
  const whole = text.slice(0, last)
  const lone = !whole.includes(separator) && !whole.includes(other)
  // "1.234" in German, "1,234" in English: one separator, three digits after it, and it is the locale's group;
  // the other one would make a third decimal.
  if (lone && fraction.length === 3) return separator === groupSeparator(locale) ? Number(whole + fraction) : null
  // Otherwise the last separator is the decimal one, when one or two digits follow it.
  if (/^\d{1,2}$/.test(fraction)) {
    const digits = integerDigits(whole, whole.includes(other) ? other : null)
    return digits === null ? null : Number(`${digits}.${fraction}`)
  }
  // Only grouping ("1.234.567"): every separator is the same one and groups digits by three.
  if (text.includes(other)) return null
  const digits = integerDigits(text, separator)
  return digits === null ? null : Number(digits)
}

/** An amount as the form's input shows it: two decimals, the locale's decimal sign, no grouping ("12,50" in de). */
export function formatMoneyInput(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(amount)
}
