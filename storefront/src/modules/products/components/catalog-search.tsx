import Form from "next/form"

import type { CatalogQuery } from "@/lib/catalog/query"
import type { Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

import CatalogParams from "./catalog-params"

type Props = { locale: Locale; query: CatalogQuery; t: CatalogMessages["search"] }

/**
 * The catalog's search box: a GET form (next/form navigates client-side, and without JavaScript it
 * is a plain form). Searching keeps the filters and the sort and starts again at page one.
 */
export default function CatalogSearch({ locale, query, t }: Props) {
  return (
    <Form action={`/${locale}/products`} className="catalog-search" role="search">
      <label htmlFor="catalog-q">{t.label}</label>
      <div className="catalog-search__row">
        <input
          id="catalog-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={100}
          enterKeyHint="search"
        />
        <button type="submit" className="button">
          {t.submit}
        </button>
      </div>
      <CatalogParams query={query} omit={["q"]} />
    </Form>
  )
}
