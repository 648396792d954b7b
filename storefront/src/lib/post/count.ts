/** A count as social posts show it, in the locale's words: "999", "1.2K", "12.5M" (en); "1234", "1,5 Mio." (de). */
export function compactCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(count)
}
