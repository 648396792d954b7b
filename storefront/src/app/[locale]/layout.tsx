import type { Metadata } from "next"
import { cookies } from "next/headers"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"

import { getConfig } from "@/lib/config"
import { CONSENT_COOKIE, parseConsent } from "@/lib/cms/consent"
import { imageOf } from "@/lib/cms/media"
import { isPreview } from "@/lib/data/cms/client"
import { getGlobal } from "@/lib/data/cms/globals"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import CookieConsent from "@/modules/cms/components/cookie-consent"
import PreviewBar from "@/modules/cms/components/preview-bar"
import Footer from "@/modules/layout/components/footer"
import Header from "@/modules/layout/components/header"

import "@/styles/globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Site-wide defaults from the CMS's site settings, else the built-in texts. */
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale)
  const settings = await getGlobal("site-settings", locale)
  const name = settings?.siteName || t.meta.title
  const description = settings?.defaultMeta?.description || settings?.tagline || t.meta.description
  const image = imageOf(settings?.defaultMeta?.image, getConfig().cmsPublicUrl, "hero")
  return {
    title: { default: settings?.defaultMeta?.title || name, template: `%s · ${name}` },
    description,
    openGraph: { siteName: name, description, ...(image ? { images: [{ url: image.src, alt: image.alt }] } : {}) },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const [consent, preview, jar] = await Promise.all([getGlobal("cookie-consent", locale), isPreview(), cookies()])
  const { cmsPublicUrl: cmsUrl } = getConfig()
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.header.skipToContent}
        </a>
        {preview && <PreviewBar cmsUrl={cmsUrl} t={t.preview} />}
        <Header locale={locale} />
        <main id="main" className="container main">
          {children}
        </main>
        <Footer locale={locale} />
        {consent?.categories?.length ? (
          <CookieConsent content={consent} t={t.consent} open={!parseConsent(jar.get(CONSENT_COOKIE)?.value)} />
        ) : null}
      </body>
    </html>
  )
}
