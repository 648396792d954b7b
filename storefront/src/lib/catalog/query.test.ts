import { describe, expect, it } from "vitest"

import { catalogHref, catalogPath, isFiltered, parseCatalogQuery, type CatalogQuery } from "./query"

const defaults: CatalogQuery = { q: null, category: null, seller: null, sort: "newest", page: 1 }

describe("parseCatalogQuery", () => {
  it("gives the defaults without parameters", () => {
    expect(parseCatalogQuery({})).toEqual(defaults)
  })

  it("reads every parameter", () => {
    expect(
      parseCatalogQuery({ q: "olive oil", category: "pantry", seller: "meli-elia", sort: "title", page: "3" })
    ).toEqual({ q: "olive oil", category: "pantry", seller: "meli-elia", sort: "title", page: 3 })
  })

  it("trims the search and collapses its whitespace", () => {
    expect(parseCatalogQuery({ q: "  olive \n\t oil " })?.q).toBe("olive oil")
  })

  it("ignores a blank, overlong or control-character search", () => {
    expect(parseCatalogQuery({ q: "   " })?.q).toBeNull()
    expect(parseCatalogQuery({ q: "x".repeat(101) })?.q).toBeNull()
    expect(parseCatalogQuery({ q: "x".repeat(100) })?.q).toHaveLength(100)
    expect(parseCatalogQuery({ q: "oil\u0000" })?.q).toBeNull()
  })

  it("keeps searches in any script", () => {
    expect(parseCatalogQuery({ q: "ελαιόλαδο" })?.q).toBe("ελαιόλαδο")
    expect(parseCatalogQuery({ q: "Öl & Essig" })?.q).toBe("Öl & Essig")
  })

  it("falls back to the default sort for unknown values", () => {
    expect(parseCatalogQuery({ sort: "price" })?.sort).toBe("newest")
    expect(parseCatalogQuery({ sort: "TITLE" })?.sort).toBe("newest")
    expect(parseCatalogQuery({ sort: "oldest" })?.sort).toBe("oldest")
  })

  it("falls back to page one for bad pages", () => {
    expect(parseCatalogQuery({ page: "0" })?.page).toBe(1)
    expect(parseCatalogQuery({ page: "-1" })?.page).toBe(1)
    expect(parseCatalogQuery({ page: "2.5" })?.page).toBe(1)
    expect(parseCatalogQuery({ page: "abc" })?.page).toBe(1)
  })

  it("reads the first of repeated parameters", () => {
    expect(parseCatalogQuery({ q: ["tea", "coffee"], sort: ["oldest", "title"], page: ["2", "5"] })).toMatchObject({
      q: "tea",
      sort: "oldest",
      page: 2,
    })
  })

  it("treats empty filters as absent", () => {
    expect(parseCatalogQuery({ category: "", seller: "" })).toEqual(defaults)
  })

  it("gives null for a seller handle that cannot exist", () => {
    expect(parseCatalogQuery({ seller: "Meli" })).toBeNull()
    expect(parseCatalogQuery({ seller: "../admin" })).toBeNull()
    expect(parseCatalogQuery({ seller: "a--b" })).toBeNull()
    expect(parseCatalogQuery({ seller: "a".repeat(101) })).toBeNull()
  })

  it("gives null for a malformed category handle, accepting any letters", () => {
    expect(parseCatalogQuery({ category: "a/b" })).toBeNull()
    expect(parseCatalogQuery({ category: "home decor" })).toBeNull()
    expect(parseCatalogQuery({ category: "x".repeat(201) })).toBeNull()
    expect(parseCatalogQuery({ category: "κουζίνα" })?.category).toBe("κουζίνα")
    expect(parseCatalogQuery({ category: "coffee-tea" })?.category).toBe("coffee-tea")
  })

  it("does not read in_stock: the Store API cannot filter on stock", () => {
    expect(parseCatalogQuery({ in_stock: "1" })).toEqual(defaults)
  })
})

describe("catalogPath", () => {
  it("leaves out defaults", () => {
    expect(catalogPath({})).toBe("/products")
    expect(catalogPath({ q: null, sort: "newest", page: 1 })).toBe("/products")
  })

  it("keeps every parameter in a fixed order, encoded", () => {
    expect(catalogPath({ page: 2, sort: "title", seller: "alpenhof", category: "home", q: "oil & salt" })).toBe(
      "/products?q=oil+%26+salt&category=home&seller=alpenhof&sort=title&page=2"
    )
  })

  it("round-trips through the parser", () => {
    const query = { q: "ελιά", category: "pantry", seller: "meli-elia", sort: "oldest" as const, page: 4 }
    const search = new URL(`http://shop${catalogPath(query)}`).searchParams
    expect(parseCatalogQuery(Object.fromEntries(search))).toEqual(query)
  })
})

describe("catalogHref", () => {
  it("prefixes the locale", () => {
    expect(catalogHref("de", { category: "pantry" })).toBe("/de/products?category=pantry")
  })
})

describe("isFiltered", () => {
  it("is true for a search, a category or a seller, not for sort or page", () => {
    expect(isFiltered({ ...defaults, sort: "title", page: 2 })).toBe(false)
    expect(isFiltered({ ...defaults, q: "tea" })).toBe(true)
    expect(isFiltered({ ...defaults, seller: "alpenhof" })).toBe(true)
  })
})
