import Form from "next/form"

import { sorts, type CatalogQuery } from "@/lib/catalog/query"
import type { Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

import CatalogParams from "./catalog-params"

type Props = { locale: Locale; query: CatalogQuery; t: CatalogMessages["sort"] }

/**
 * The sort order, applied with a button: a select that navigates on change would move shoppers who
 * browse the options with arrow keys (WCAG 3.2.2), and would need JavaScript.
 */
export default function CatalogSort({ locale, query, t }: Props) {
  return (
    <Form action={`/${locale}/products`} className="catalog-sort">
      <label htmlFor="catalog-sort">{t.label}</label>
      <div className="catalog-sort__row">
        <select id="catalog-sort" name="sort" defaultValue={query.sort}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t[sort]}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t.apply}
        </button>
      </div>
      <CatalogParams query={query} omit={["sort"]} />
    </Form>
  )
}
