import type { Locale } from "@/lib/i18n/locales"

/** The store's currency (EUR), for a balance of nothing yet, which the API leaves out. */
export const STORE_CURRENCY = "eur"

/** An amount in major units; the ledger's big numbers may come as strings. Anything unreadable counts as 0. */
export function amountOf(value: unknown): number {
  const amount = typeof value === "string" ? Number(value) : value
  return typeof amount === "number" && Number.isFinite(amount) ? amount : 0
}

/** Sums amounts to the cent, without binary fractions creeping in (0.1 + 0.2). */
export function sumMoney(amounts: number[]): number {
  return Math.round(amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0)) / 100
}

/** A chart axis' amount: whole units without cents ("€20"), cents only where the step needs them ("€2.50"). */
export function formatTick(amount: number, currency: string, locale: Locale): string {
  const digits = Number.isInteger(amount) ? 0 : 2
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount)
}
