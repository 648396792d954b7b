import { useEffect, useRef, useState, type ChangeEvent } from "react"

import type { TagCheck, TagProduct } from "@/lib/compose/draft"
import { searchProductsToTag } from "@/lib/data/compose"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

type Props = {
  id: string
  locale: Locale
  t: ComposeMessages["tags"]
  /** Whether a product can go on the selected image now. */
  check: (productId: string) => TagCheck
  onPick: (product: TagProduct) => void
}

type Search = { status: "idle" | "searching" | "done" | "failed"; products: TagProduct[] }

const idle: Search = { status: "idle", products: [] }
// Typing pauses this long before a search goes out.
const DEBOUNCE_MS = 250

/** Finds products as the author types; each result is a button that tags it on the selected image. */
export default function ProductSearch({ id, locale, t, check, onPick }: Props) {
  const [query, setQuery] = useState("")
  const [search, setSearch] = useState<Search>(idle)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Only the answer to the latest search is shown; slower answers to earlier ones are dropped.
  const latest = useRef(0)

  useEffect(() => () => clearTimeout(timer.current), [])

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value
    setQuery(value)
    clearTimeout(timer.current)
    const run = ++latest.current
    // The server checks the query again (searchSchema); two characters keep the first keystroke from searching.
    const q = value.trim()
    if (q.length < 2) {
      setSearch(idle)
      return
    }
    setSearch((current) => ({ ...current, status: "searching" }))
    timer.current = setTimeout(async () => {
      const result = await searchProductsToTag(q).catch(() => ({ ok: false }) as const)
      if (run !== latest.current) return
      setSearch(result.ok ? { status: "done", products: result.products } : { status: "failed", products: [] })
    }, DEBOUNCE_MS)
  }

  const count = search.products.length
  const status =
    search.status === "searching"
      ? t.searching
      : search.status === "failed"
        ? t.searchFailed
        : search.status === "done"
          ? count
            ? fill(t.results[new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other"], { n: count })
            : t.noResults
          : ""
  const full = search.products.some((product) => check(product.id) === "full")

  return (
    <div className="product-search">
      <label htmlFor={id}>{t.search}</label>
      <p id={`${id}-hint`} className="compose__muted">
        {t.searchHint}
      </p>
      <input
        id={id}
        type="search"
        value={query}
        onChange={change}
        autoComplete="off"
        maxLength={100}
        aria-describedby={`${id}-hint`}
      />
      <p className="product-search__status" role="status">
        {status}
      </p>
      {full && <p className="compose__muted">{t.full}</p>}
      {count > 0 && (
        <ul className="product-search__results">
          {search.products.map((product) => {
            const title = product.title ?? t.unavailable
            const state = check(product.id)
            return (
              <li key={product.id}>
                <button
                  type="button"
                  className="product-search__result"
                  disabled={state !== "ok"}
                  onClick={() => onPick(product)}
                >
                  {product.thumbnail ? (
                    <img src={product.thumbnail} alt="" width={48} height={48} loading="lazy" />
                  ) : (
                    <span className="product-search__thumb" />
                  )}
                  <span className="product-search__title">{fill(t.tag, { title })}</span>
                  {state === "tagged" && <span className="compose__muted">{t.tagged}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
