import type { Metadata } from "next"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import Footer from "@/modules/layout/components/footer"
import Header from "@/modules/layout/components/header"

import "@/styles/globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale)
  return { title: { default: t.meta.title, template: `%s · ${t.meta.title}` }, description: t.meta.description }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.header.skipToContent}
        </a>
        <Header locale={locale} />
        <main id="main" className="container main">
          {children}
        </main>
        <Footer locale={locale} />
      </body>
    </html>
  )
}
