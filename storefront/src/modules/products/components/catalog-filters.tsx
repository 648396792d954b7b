import Form from "next/form"

import type { CatalogQuery } from "@/lib/catalog/query"
import type { Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

import AvailabilityFilter from "./availability-filter"
import CatalogParams from "./catalog-params"
import PriceFilter from "./price-filter"

type Props = { locale: Locale; query: CatalogQuery; currency: string | null; t: CatalogMessages["refine"] }

/**
 * Price range and stock, applied together with one button: a GET form like the search (works without
 * JavaScript), keeping the search, category, seller and sort. Without a region there are no prices to filter.
 */
export default function CatalogFilters({ locale, query, currency, t }: Props) {
  return (
    <Form action={`/${locale}/products`} className="catalog-filters" aria-label={t.label}>
      {currency && <PriceFilter min={query.minPrice} max={query.maxPrice} currency={currency} t={t} />}
      <AvailabilityFilter inStock={query.inStock} t={t} />
      <CatalogParams query={query} omit={["min_price", "max_price", "in_stock"]} />
      <button type="submit" className="button">
        {t.apply}
      </button>
    </Form>
  )
}
