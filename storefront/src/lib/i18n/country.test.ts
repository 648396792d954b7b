import { describe, expect, it } from "vitest"

import { defaultRegion, groupCountries, isCountryCode, localeCountries, regionOfCountry, resolveCountry, returnPath } from "./country"

const europe = { id: "reg_eu", name: "Europe", currency_code: "eur", countries: ["gr", "de", "at"] }
const uk = { id: "reg_uk", name: "United Kingdom", currency_code: "gbp", countries: ["gb"] }
const regions = [uk, europe]

describe("resolveCountry", () => {
  it("starts each locale in its country: en and de in Germany, el in Greece", () => {
    expect(resolveCountry(regions, { locale: "en" })).toEqual("de")
    expect(resolveCountry(regions, { locale: "de" })).toEqual("de")
    expect(resolveCountry(regions, { locale: "el" })).toEqual("gr")
    expect(localeCountries).toEqual({ en: "de", de: "de", el: "gr" })
  })

  it("takes the cookie's country when a region sells there, whatever the locale", () => {
    expect(resolveCountry(regions, { cookie: "gb", locale: "de" })).toEqual("gb")
    expect(resolveCountry(regions, { cookie: " AT ", locale: "el" })).toEqual("at")
  })

  it("ignores a cookie naming a country no region sells to, or no country at all", () => {
    expect(resolveCountry(regions, { cookie: "us", locale: "el" })).toEqual("gr")
    expect(resolveCountry(regions, { cookie: "deu", locale: "en" })).toEqual("de")
    expect(resolveCountry(regions, { cookie: "", locale: "en" })).toEqual("de")
  })

  it("falls back to the default region's first country when the locale's is not sold", () => {
    const withoutGermany = [uk, { ...europe, countries: ["gr", "fr", "at"] }]
    expect(resolveCountry(withoutGermany, { locale: "en" })).toEqual("at")
    expect(resolveCountry([uk], { locale: "de" })).toEqual("gb")
    expect(resolveCountry([], { locale: "de" })).toBeNull()
    expect(resolveCountry([{ ...europe, countries: [] }], { locale: "de" })).toBeNull()
  })
})

describe("regions", () => {
  it("finds the region selling to a country", () => {
    expect(regionOfCountry(regions, "gb")).toBe(uk)
    expect(regionOfCountry(regions, "gr")).toBe(europe)
    expect(regionOfCountry(regions, "us")).toBeNull()
  })

  it("defaults to Europe, else the first region", () => {
    expect(defaultRegion(regions)).toBe(europe)
    expect(defaultRegion([uk])).toBe(uk)
    expect(defaultRegion([])).toBeNull()
  })

  it("accepts only two lower-case letters as a country code", () => {
    expect(["de", "gb"].every((code) => isCountryCode(code))).toBe(true)
    expect(["DE", "d", "deu", "d1", "", undefined, null].some((code) => isCountryCode(code))).toBe(false)
  })
})

describe("groupCountries", () => {
  it("groups the countries by currency, named and sorted in the locale", () => {
    expect(groupCountries(regions, "de")).toEqual([
      {
        currency: "GBP",
        label: "Britisches Pfund (GBP)",
        countries: [{ code: "gb", name: "Vereinigtes Königreich" }],
      },
      {
        currency: "EUR",
        label: "Euro (EUR)",
        countries: [
          { code: "de", name: "Deutschland" },
          { code: "gr", name: "Griechenland" },
          { code: "at", name: "Österreich" },
        ],
      },
    ])
    const greek = groupCountries(regions, "el").find((group) => group.currency === "EUR")
    expect(greek?.countries.map((c) => c.name)).toEqual(["Αυστρία", "Γερμανία", "Ελλάδα"])
  })

  it("merges regions of one currency and leaves out empty ones", () => {
    const groups = groupCountries([europe, { id: "reg_x", name: "Islands", currency_code: "eur", countries: ["mt"] }, { ...uk, countries: [] }], "en")
    expect(groups.map((g) => [g.label, g.countries.map((c) => c.code)])).toEqual([["Euro (EUR)", ["at", "de", "gr", "mt"]]])
  })
})

describe("returnPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(returnPath("/de/products?sort=title&page=2", "de")).toEqual("/de/products?sort=title&page=2")
    expect(returnPath("/", "en")).toEqual("/")
  })

  it("sends anything leaving the site to the locale's home", () => {
    for (const path of ["//evil.example/x", "/\\evil.example", "/\t/evil.example", "https://evil.example", "", null, 42]) {
      expect(returnPath(path, "el")).toEqual("/el")
    }
  })
})
