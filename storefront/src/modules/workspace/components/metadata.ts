import type { Metadata } from "next"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"

/** A workspace page's metadata: its title, and never indexed (the pages are one seller's own). */
export async function workspaceMetadata(
  params: Promise<{ locale: string }>,
  title: (t: WorkspaceMessages) => string | Promise<string>
): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: await title(getDictionary(locale).workspace) } : {}),
    robots: { index: false, follow: false },
  }
}
