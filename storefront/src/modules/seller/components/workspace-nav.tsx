"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

import { localeOfPath, type Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

type Props = { locale: Locale; t: SellerMessages["nav"] }

const sections = ["dashboard", "products", "orders", "reviews", "payouts", "profile", "team"] as const

/**
 * The workspace's sections. The current one is marked with aria-current: "page" on its own page, "true" below it
 * (a product under Products). The path may lack the locale prefix (the proxy rewrites it).
 */
export default function WorkspaceNav({ locale, t }: Props) {
  const pathname = usePathname() ?? ""
  const prefix = localeOfPath(pathname)
  const path = (prefix ? pathname.slice(prefix.length + 1) : pathname).replace(/\/+$/, "")
  return (
    <nav className="seller-nav" aria-label={t.label}>
      <ul>
        {sections.map((section) => {
          const href = `/sell/${section}`
          const current = path === href ? "page" : path.startsWith(`${href}/`) ? "true" : undefined
          return (
            <li key={section}>
              <Link href={`/${locale}${href}`} aria-current={current}>
                {t[section]}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
