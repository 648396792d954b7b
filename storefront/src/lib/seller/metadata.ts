import type { Metadata } from "next"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

/** A seller page's metadata: its translated title; never indexed unless `indexed` (the /sell pitch). */
export async function sellerMetadata(
  params: Promise<{ locale: string }>,
  title: (t: SellerMessages) => string,
  { indexed = false }: { indexed?: boolean } = {}
): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: title(getDictionary(locale).seller) } : {}),
    ...(indexed ? {} : { robots: { index: false, follow: false } }),
  }
}
