import Link from "next/link"
import { notFound } from "next/navigation"

import { getConfig } from "@/lib/config"
import { getPage, heroOf } from "@/lib/data/cms"
import { listProducts } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import Hero from "@/modules/home/components/hero"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const [page, { products }] = await Promise.all([getPage("home", locale), listProducts({ limit: 8 })])
  const hero = heroOf(page, getConfig().cmsUrl)
  return (
    <>
      {hero ? <Hero hero={hero} locale={locale} /> : <h1 className="visually-hidden">Agora</h1>}
      <section className="section" aria-labelledby="featured-heading">
        <div className="section__header">
          <h2 id="featured-heading">{t.home.featured}</h2>
          <Link href={`/${locale}/products`}>{t.home.viewAll}</Link>
        </div>
        <ProductGrid products={products} locale={locale} t={t.products} headingLevel={3} />
      </section>
    </>
  )
}
