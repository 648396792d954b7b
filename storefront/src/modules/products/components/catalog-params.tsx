import { catalogParams, type CatalogParam, type CatalogQuery } from "@/lib/catalog/query"

type Props = { query: CatalogQuery; omit: CatalogParam[] }

/**
 * The listing's other parameters as hidden fields, so a catalog form changes only its own and keeps the rest.
 * Never the page: any change starts again at page one.
 */
export default function CatalogParams({ query, omit }: Props) {
  return catalogParams(query)
    .filter(([name]) => name !== "page" && !omit.includes(name))
    .map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
}
