/** An amount in major units, as the API returns it (12.5 with "eur" is EUR 12.50). */
export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** A commission rate stored in percent (12.5 is 12.5 %). */
export function percent(rate: number): string {
  return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 }).format(rate / 100)
}

export function dateTime(value: string | null | undefined): string {
  return value ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)) : "-"
}

/** "not_fulfilled" -> "Not fulfilled", for enum values shown as labels. */
export function humanize(value: string): string {
  const text = value.replace(/_/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}
