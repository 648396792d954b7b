// The lists' status filters, read from the query string.

/** One of `allowed` from a query parameter; anything else (missing, repeated, unknown) means no filter. */
export function parseFilter<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | null {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null
}

/** A list page's URL with its filter and page; the first page and "all" leave their parameter out. */
export function listHref(path: string, key: string, filter: string | null, page = 1): string {
  const query = new URLSearchParams()
  if (filter) query.set(key, filter)
  if (page > 1) query.set("page", String(page))
  const search = query.toString()
  return search ? `${path}?${search}` : path
}
