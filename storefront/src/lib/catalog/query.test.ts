import { describe, expect, it } from "vitest"

import { catalogHref, catalogParams, catalogPath, isFiltered, parseCatalogQuery, type CatalogQuery } from "./query"

const defaults: CatalogQuery = {
  q: null,
  category: null,
  collection: null,
  seller: null,
  minPrice: null,
  maxPrice: null,
  inStock: false,
  sort: "newest",
  page: 1,
}

describe("parseCatalogQuery", () => {
  it("gives the defaults without parameters", () => {
    expect(parseCatalogQuery({})).toEqual(defaults)
  })

  it("reads every parameter", () => {
    expect(
      parseCatalogQuery({
        q: "olive oil",
        category: "pantry",
        collection: "gift-ideas",
        seller: "meli-elia",
        min_price: "5",
        max_price: "19.90",
        in_stock: "1",
        sort: "price_desc",
        page: "3",
      })
    ).toEqual({
      q: "olive oil",
      category: "pantry",
      collection: "gift-ideas",
      seller: "meli-elia",
      minPrice: 5,
      maxPrice: 19.9,
      inStock: true,
      sort: "price_desc",
      page: 3,
    })
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
    expect(parseCatalogQuery({ sort: "price_asc" })?.sort).toBe("price_asc")
  })

  it("reads prices in major units, with a point or a comma and up to two decimals", () => {
    expect(parseCatalogQuery({ min_price: "12.5", max_price: "20,75" })).toMatchObject({ minPrice: 12.5, maxPrice: 20.75 })
    expect(parseCatalogQuery({ min_price: " 0 " })?.minPrice).toBe(0)
  })

  it("ignores a bad price, keeping the other bound", () => {
    for (const bad of ["", "-1", "abc", "1e3", "12.345", "1.2.3", "Infinity", "12345678", "0x10"]) {
      expect(parseCatalogQuery({ min_price: bad, max_price: "30" })).toMatchObject({ minPrice: null, maxPrice: 30 })
    }
  })

  it("swaps bounds given the wrong way round", () => {
    expect(parseCatalogQuery({ min_price: "50", max_price: "10" })).toMatchObject({ minPrice: 10, maxPrice: 50 })
  })

  it("asks for stock only with in_stock=1 or true", () => {
    expect(parseCatalogQuery({ in_stock: "1" })?.inStock).toBe(true)
    expect(parseCatalogQuery({ in_stock: "true" })?.inStock).toBe(true)
    for (const other of ["", "0", "false", "yes", "on"]) expect(parseCatalogQuery({ in_stock: other })?.inStock).toBe(false)
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
    expect(
      parseCatalogQuery({ category: "", collection: "", seller: "", min_price: "", max_price: "", in_stock: "" })
    ).toEqual(defaults)
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

  it("validates a collection handle like a category's", () => {
    expect(parseCatalogQuery({ collection: "gift-ideas" })?.collection).toBe("gift-ideas")
    expect(parseCatalogQuery({ collection: "δώρα" })?.collection).toBe("δώρα")
    expect(parseCatalogQuery({ collection: ["gift-ideas", "taste-of-greece"] })?.collection).toBe("gift-ideas")
    for (const bad of ["a/b", "gift ideas", "../admin", "<b>", "x".repeat(201)]) {
      expect(parseCatalogQuery({ collection: bad })).toBeNull()
    }
  })
})

describe("catalogPath", () => {
  it("leaves out defaults", () => {
    expect(catalogPath({})).toBe("/products")
    expect(catalogPath({ q: null, sort: "newest", page: 1 })).toBe("/products")
  })

  it("keeps every parameter in a fixed order, encoded", () => {
    expect(
      catalogPath({
        page: 2,
        sort: "title",
        inStock: true,
        maxPrice: 40,
        minPrice: 9.5,
        seller: "alpenhof",
        collection: "gift-ideas",
        category: "home",
        q: "oil & salt",
      })
    ).toBe(
      "/products?q=oil+%26+salt&category=home&collection=gift-ideas&seller=alpenhof&min_price=9.5&max_price=40&in_stock=1&sort=title&page=2"
    )
  })

  it("keeps a zero price bound and leaves out in_stock when false", () => {
    expect(catalogPath({ minPrice: 0, inStock: false })).toBe("/products?min_price=0")
  })

  it("round-trips through the parser", () => {
    const query: CatalogQuery = {
      q: "ελιά",
      category: "pantry",
      collection: "taste-of-greece",
      seller: "meli-elia",
      minPrice: 0.5,
      maxPrice: 12,
      inStock: true,
      sort: "price_asc",
      page: 4,
    }
    const search = new URL(`http://shop${catalogPath(query)}`).searchParams
    expect(parseCatalogQuery(Object.fromEntries(search))).toEqual(query)
  })
})

describe("catalogParams", () => {
  it("lists the parameters a form repeats as hidden fields", () => {
    expect(catalogParams({ ...defaults, q: "tea", maxPrice: 15, sort: "price_desc", page: 3 })).toEqual([
      ["q", "tea"],
      ["max_price", "15"],
      ["sort", "price_desc"],
      ["page", "3"],
    ])
  })
})

describe("catalogHref", () => {
  it("prefixes the locale", () => {
    expect(catalogHref("de", { category: "pantry" })).toBe("/de/products?category=pantry")
  })

  it("keeps the collection on every page", () => {
    const query = parseCatalogQuery({ collection: "gift-ideas", max_price: "30", sort: "price_asc" })!
    expect(catalogHref("el", { ...query, page: 3 })).toBe("/el/products?collection=gift-ideas&max_price=30&sort=price_asc&page=3")
  })
})

describe("isFiltered", () => {
  it("is true for a search, a category, a collection, a seller, a price bound or stock, not for sort or page", () => {
    expect(isFiltered({ ...defaults, sort: "price_asc", page: 2 })).toBe(false)
    expect(isFiltered({ ...defaults, q: "tea" })).toBe(true)
    expect(isFiltered({ ...defaults, seller: "alpenhof" })).toBe(true)
    expect(isFiltered({ ...defaults, collection: "gift-ideas" })).toBe(true)
    expect(isFiltered({ ...defaults, minPrice: 0 })).toBe(true)
    expect(isFiltered({ ...defaults, maxPrice: 10 })).toBe(true)
    expect(isFiltered({ ...defaults, inStock: true })).toBe(true)
  })
})
