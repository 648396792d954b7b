import type { Locale } from "@/lib/i18n/locales"

/**
 * Formats an amount in major units (Medusa stores 12.5 for EUR 12.50) in the visitor's locale,
 * e.g. "€12.50" in en and "12,50 €" in de.
 */
export function formatMoney(amount: number, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}
