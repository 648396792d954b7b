import type { Metadata } from "next"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"

/** An account page's metadata: its title, and never indexed (the pages are private). */
export async function accountMetadata(
  params: Promise<{ locale: string }>,
  title: (t: AccountMessages) => string
): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: title(getDictionary(locale).account) } : {}),
    robots: { index: false, follow: false },
  }
}
