import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { getConfig } from "@/lib/config"
import { metadataOf } from "@/lib/cms/metadata"
import { optional } from "@/lib/data/cms/client"
import { getGlobal } from "@/lib/data/cms/globals"
import { getPage } from "@/lib/data/cms/pages"
import { listProducts } from "@/lib/data/products"
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionaries"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import RenderBlocks, { startsWithHero } from "@/modules/cms/render-blocks"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = { params: Promise<{ locale: string }> }

// The CMS is optional for the shop: without it the home page is the product grid alone.
const homePage = (locale: Locale) => optional(`page "home" (${locale})`, () => getPage("home", locale))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [page, settings] = await Promise.all([homePage(locale), getGlobal("site-settings", locale)])
  if (!page) return {}
  const metadata = metadataOf({ meta: page.meta, title: page.title, settings, cmsUrl: getConfig().cmsPublicUrl })
  // The home page's title stands alone, without the " · Agora" suffix of the other pages.
  return { ...metadata, title: { absolute: page.meta?.title || settings?.siteName || getDictionary(locale).meta.title } }
}

async function Featured({ locale, t }: { locale: Locale; t: Dictionary }) {
  const { products } = await listProducts({ limit: 8 })
  return (
    <section className="section" aria-labelledby="featured-heading">
      <div className="section__header">
        <h2 id="featured-heading">{t.home.featured}</h2>
        <Link href={`/${locale}/products`}>{t.home.viewAll}</Link>
      </div>
      <ProductGrid products={products} locale={locale} t={t.products} headingLevel={3} />
    </section>
  )
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const page = await homePage(locale)
  const layout = page?.layout ?? []
  return (
    <>
      {!startsWithHero(layout) && <h1 className="visually-hidden">{page?.title || t.meta.title}</h1>}
      {page && <RenderBlocks layout={layout} context={{ locale, t, cmsUrl: getConfig().cmsPublicUrl, pageId: page.id }} />}
      {/* A shop's home always shows products: the editors' carousel, else the newest ones. */}
      {!layout.some((block) => block.blockType === "productCarousel") && <Featured locale={locale} t={t} />}
    </>
  )
}
