import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { retrieveCart } from "@/lib/data/cart"
import { getGlobal } from "@/lib/data/cms/globals"
import { getCountryChoice } from "@/lib/data/country"
import { getDictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import AccountLink from "@/modules/account/components/account-link"
import CartMenu from "@/modules/cart/components/cart-menu"
import CmsLink from "@/modules/cms/components/cms-link"
import NotificationBell from "@/modules/notifications/components/notification-bell"

import CountrySwitcher from "./country-switcher"
import LocaleSwitcher from "./locale-switcher"

/** The visitor's cart for the count and the drawer; the header must render even when the backend is unreachable. */
async function headerCart(): Promise<HttpTypes.StoreCart | null> {
  try {
    return await retrieveCart()
  } catch (error) {
    console.error(`Cart unavailable for the header: ${(error as Error).message}`)
    return null
  }
}

export default async function Header({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  const [cart, header] = await Promise.all([headerCart(), getGlobal("header", locale)])
  const items = header?.navItems ?? []
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={`/${locale}`} className="site-header__brand" aria-label={t.header.home}>
          Agora
        </Link>
        <nav aria-label={t.header.mainNav} className="site-header__nav">
          {/* The editors' navigation; the built-in shop link when the CMS is down or has none. */}
          {items.length > 0 ? (
            items.map(({ id, link }, index) => (
              <CmsLink key={id ?? index} href={link.href} newTab={link.newTab} locale={locale}>
                {link.label}
              </CmsLink>
            ))
          ) : (
            <Link href={`/${locale}/products`}>{t.header.products}</Link>
          )}
          <Link href={`/${locale}/feed`}>{t.header.feed}</Link>
          <Link href={`/${locale}/sell`}>{t.header.sell}</Link>
          <AccountLink locale={locale} />
          <NotificationBell locale={locale} />
          <CartMenu locale={locale} cart={cart} />
        </nav>
        <LocaleSwitcher current={locale} label={t.header.language} names={t.languages} />
        <CountrySwitcher locale={locale} {...await getCountryChoice(locale)} />
      </div>
    </header>
  )
}
