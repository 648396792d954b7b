import type { HttpTypes } from "@medusajs/types"
import type { Metadata, ResolvingMetadata } from "next"
import { notFound } from "next/navigation"

import { breadcrumbJsonLd } from "@/lib/catalog/json-ld"
import { catalogMetadata } from "@/lib/catalog/metadata"
import { catalogHref, parseCatalogQuery, type CatalogQuery } from "@/lib/catalog/query"
import { getConfig } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import { getCollection, listCollections, type Collection } from "@/lib/data/collections"
import { PAGE_SIZE, searchProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { getSeller, type PublicSeller } from "@/lib/data/sellers"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"
import { formatMoney } from "@/lib/util/money"
import { pageCount } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import ActiveFilters from "@/modules/products/components/active-filters"
import Breadcrumbs from "@/modules/products/components/breadcrumbs"
import CatalogEmpty from "@/modules/products/components/catalog-empty"
import CatalogFilters from "@/modules/products/components/catalog-filters"
import CatalogSearch from "@/modules/products/components/catalog-search"
import CatalogSort from "@/modules/products/components/catalog-sort"
import FacetList from "@/modules/products/components/facet-list"
import JsonLd from "@/modules/products/components/json-ld"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

type Filters = {
  categories: HttpTypes.StoreProductCategory[]
  category: HttpTypes.StoreProductCategory | null
  collections: Collection[]
  collection: Collection | null
  seller: PublicSeller | null
}

/** The category, collection and seller the query names; null when one does not exist (the page is a 404). */
async function resolveFilters(query: CatalogQuery): Promise<Filters | null> {
  const [categories, collections, collection, seller] = await Promise.all([
    listCategories(),
    listCollections(),
    query.collection ? getCollection(query.collection) : Promise.resolve(null),
    query.seller ? getSeller(query.seller) : Promise.resolve(null),
  ])
  const category = query.category ? (categories.find((candidate) => candidate.handle === query.category) ?? null) : null
  if ((query.category && !category) || (query.collection && !collection) || (query.seller && !seller)) return null
  return { categories, category, collections, collection, seller }
}

/** The price range chip's text: both bounds, or the one given; null without a bound. */
function priceLabel(query: CatalogQuery, currency: string, locale: Locale, t: CatalogMessages["filters"]): string | null {
  const money = (amount: number | null) => (amount === null ? "" : formatMoney(amount, currency, locale))
  const [min, max] = [money(query.minPrice), money(query.maxPrice)]
  if (min && max) return fill(t.price, { min, max })
  if (min) return fill(t.priceFrom, { min })
  if (max) return fill(t.priceTo, { max })
  return null
}

export async function generateMetadata({ params, searchParams }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const query = parseCatalogQuery(await searchParams)
  const filters = query && (await resolveFilters(query))
  if (!query || !filters) return {}
  const t = getDictionary(locale)
  return catalogMetadata({
    origin: getConfig().storefrontUrl,
    locale,
    query,
    t: t.catalog,
    title: t.products.title,
    category: filters.category?.name,
    collection: filters.collection?.title,
    seller: filters.seller,
    siteName: (await parent).openGraph?.siteName ?? undefined,
  })
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = parseCatalogQuery(await searchParams)
  if (!query) notFound()
  const filters = await resolveFilters(query)
  if (!filters) notFound()
  const { categories, category, collections, collection, seller } = filters
  const t = getDictionary(locale)
  const c = t.catalog

  const [{ products, count }, region] = await Promise.all([
    searchProducts({ ...query, categoryId: category?.id, collectionId: collection?.id, sellerId: seller?.id }),
    getRegion(),
  ])
  const currency = region?.currency_code ?? null
  // Past the last page there is nothing to show, not an empty listing to index.
  if (query.page > 1 && products.length === 0) notFound()

  // Changing a filter starts again at page one; paging keeps everything.
  const change = (patch: Partial<CatalogQuery>) => catalogHref(locale, { ...query, page: 1, ...patch })
  const price = currency && priceLabel(query, currency, locale, c.filters)
  const active = [
    query.q && { label: fill(c.filters.search, { q: query.q }), removeHref: change({ q: null }) },
    category && { label: fill(c.filters.category, { name: category.name }), removeHref: change({ category: null }) },
    collection && {
      label: fill(c.filters.collection, { name: collection.title }),
      removeHref: change({ collection: null }),
    },
    seller && { label: fill(c.filters.seller, { name: seller.name }), removeHref: change({ seller: null }) },
    price && { label: price, removeHref: change({ minPrice: null, maxPrice: null }) },
    query.inStock && { label: c.filters.inStock, removeHref: change({ inStock: false }) },
  ].filter((filter) => !!filter)
  const plural = new Intl.PluralRules(locale).select(count) === "one" ? c.results.one : c.results.other
  // A collection's page sits under the home page, whatever else narrows it.
  const crumbs = collection && [
    { name: c.breadcrumbs.home, href: `/${locale}` },
    { name: collection.title, href: catalogHref(locale, { collection: collection.handle }) },
  ]
  const origin = getConfig().storefrontUrl

  return (
    <div className="catalog">
      <header className="catalog__header">
        {crumbs && <Breadcrumbs items={crumbs} label={c.breadcrumbs.label} />}
        <h1 className="catalog__heading">
          {collection
            ? collection.title
            : seller
              ? fill(c.sellerTitle, { seller: seller.name })
              : (category?.name ?? t.products.title)}
        </h1>
        {!collection && seller?.description && <p className="catalog__intro">{seller.description}</p>}
      </header>
      <div className="catalog__tools">
        <CatalogSearch locale={locale} query={query} t={c.search} />
        <CatalogSort locale={locale} query={query} t={c.sort} />
      </div>
      <aside className="catalog__aside">
        <FacetList
          id="categories"
          heading={t.products.categories}
          items={categories.map(({ id, handle, name }) => ({ id, handle, label: name }))}
          active={category?.handle ?? null}
          hrefOf={(handle) => change({ category: handle })}
          all={{ label: t.products.all, href: change({ category: null }) }}
        />
        <FacetList
          id="collections"
          className="collection-list"
          heading={c.collections.heading}
          items={collections.map(({ id, handle, title }) => ({ id, handle, label: title }))}
          active={collection?.handle ?? null}
          hrefOf={(handle) => change({ collection: handle })}
        />
        <CatalogFilters locale={locale} query={query} currency={currency} t={c.refine} />
      </aside>
      <div className="catalog__main">
        <ActiveFilters filters={active} clearHref={catalogHref(locale, {})} t={c.filters} />
        <p className="catalog__count" role="status">
          {fill(plural, { n: count })}
        </p>
        {products.length > 0 ? (
          <ProductGrid products={products} locale={locale} t={t.products} headingLevel={2} />
        ) : (
          <CatalogEmpty locale={locale} query={query} t={c.empty} />
        )}
        <Pagination
          page={query.page}
          pages={pageCount(count, PAGE_SIZE)}
          href={(target) => catalogHref(locale, { ...query, page: target })}
          t={t.pagination}
        />
      </div>
      {crumbs && (
        <JsonLd data={breadcrumbJsonLd(crumbs.map((crumb) => ({ name: crumb.name, url: `${origin}${crumb.href}` })))} />
      )}
    </div>
  )
}
