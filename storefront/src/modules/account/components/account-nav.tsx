"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

import { localeOfPath, type Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { socialNavLabel } from "@/lib/i18n/messages/social"

type Props = { locale: Locale; t: AccountMessages["nav"] }

const sections = ["", "/orders", "/notifications", "/addresses", "/profile"] as const
const labels = {
  "": "overview",
  "/orders": "orders",
  "/notifications": "notifications",
  "/addresses": "addresses",
  "/profile": "profile",
} as const

/**
 * The account's sections. The current one is marked with aria-current: "page" on its own page, "true"
 * below it (an order under Orders, the settings under Notifications). The path may lack the locale prefix (the
 * proxy rewrites it).
 */
export default function AccountNav({ locale, t }: Props) {
  const pathname = usePathname() ?? ""
  const prefix = localeOfPath(pathname)
  const path = (prefix ? pathname.slice(prefix.length + 1) : pathname).replace(/\/+$/, "")
  const entries = [
    ...sections.map((section) => ({ section, label: t[labels[section]] })),
    { section: "/social", label: socialNavLabel[locale] },
  ]
  return (
    <nav className="account-nav" aria-label={t.label}>
      <ul>
        {entries.map(({ section, label }) => {
          const href = `/account${section}`
          const current = path === href ? "page" : section && path.startsWith(`${href}/`) ? "true" : undefined
          return (
            <li key={section}>
              <Link href={`/${locale}${href}`} aria-current={current}>
                {label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
