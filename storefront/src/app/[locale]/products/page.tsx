import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { listCategories } from "@/lib/data/categories"
import { listProducts, PAGE_SIZE } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import CategoryList from "@/modules/products/components/category-list"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).products.title } : {}
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const query = await searchParams
  const page = parsePage(query.page)
  const handle = typeof query.category === "string" ? query.category : null

  const categories = await listCategories()
  const category = handle ? categories.find((candidate) => candidate.handle === handle) : null
  if (handle && !category) notFound()
  const { products, count } = await listProducts({ page, categoryId: category?.id })

  const href = (target: number) => {
    const search = new URLSearchParams()
    if (handle) search.set("category", handle)
    if (target > 1) search.set("page", String(target))
    const suffix = search.toString()
    return `/${locale}/products${suffix ? `?${suffix}` : ""}`
  }

  return (
    <div className="catalog">
      <h1 className="catalog__heading">{category?.name ?? t.products.title}</h1>
      <aside className="catalog__aside">
        <CategoryList categories={categories} active={category?.handle ?? null} locale={locale} t={t.products} />
      </aside>
      <div className="catalog__main">
        <ProductGrid products={products} locale={locale} t={t.products} headingLevel={2} />
        <Pagination page={page} pages={pageCount(count, PAGE_SIZE)} href={href} t={t.pagination} />
      </div>
    </div>
  )
}
