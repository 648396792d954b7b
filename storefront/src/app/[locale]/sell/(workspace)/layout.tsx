import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import type { ReactNode } from "react"

import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import SignOutButton from "@/modules/seller/components/sign-out-button"
import WorkspaceNav from "@/modules/seller/components/workspace-nav"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Private pages: never indexed (each page repeats it with its own title).
export const metadata: Metadata = { robots: { index: false, follow: false } }

/**
 * The seller workspace's frame: only for members of an approved shop (others sign in, or see their application's
 * status), with the shop's name, the sections and sign-out beside the page. The status is read on every request,
 * so an approval or suspension shows on the next page.
 */
export default async function WorkspaceLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { seller } = await requireSeller(locale)
  if (seller.status !== "approved") redirect(`/${locale}/sell/pending`)
  const t = getDictionary(locale).seller.nav
  return (
    <div className="seller-workspace">
      <div className="seller-workspace__aside">
        <p className="seller-workspace__shop">
          <span className="seller-workspace__shop-label">{t.shop}</span>
          {seller.name}
        </p>
        <WorkspaceNav locale={locale} t={t} />
        <SignOutButton locale={locale} t={t} />
      </div>
      <div className="seller-workspace__main">{children}</div>
    </div>
  )
}
