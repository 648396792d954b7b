import type { Locale } from "@/lib/i18n/locales"

/** A date in the visitor's locale, e.g. "3 Mar 2025" (en), "03.03.2025" (de). */
export function formatDate(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value))
}
