import { describe, expect, it } from "vitest"

import { matchRedirect, redirectTable } from "./redirects"

const table = redirectTable([
  { from: "/old-about", to: "/about", permanent: true },
  { from: "/sale/", to: "/products?category=sale", permanent: false },
  { from: "/partner", to: "https://partner.example/agora" },
  { from: "/loop", to: "/loop" },
  { from: "no-slash", to: "/x" },
  { from: "/evil", to: "//evil.example" },
])

describe("matchRedirect", () => {
  it("matches unprefixed paths and keeps them unprefixed for the locale negotiation", () => {
    expect(matchRedirect(table, "/old-about")).toEqual({ location: "/about", status: 308 })
  })

  it("matches locale-prefixed paths and keeps the prefix", () => {
    expect(matchRedirect(table, "/de/old-about")).toEqual({ location: "/de/about", status: 308 })
    expect(matchRedirect(table, "/el/old-about/")).toEqual({ location: "/el/about", status: 308 })
  })

  it("answers 307 for temporary redirects and keeps the query unless the target has one", () => {
    expect(matchRedirect(table, "/sale", "?utm=x")).toEqual({ location: "/products?category=sale", status: 307 })
    expect(matchRedirect(table, "/de/old-about", "?utm=x")).toEqual({ location: "/de/about?utm=x", status: 308 })
  })

  it("sends absolute targets as they are, defaulting to permanent", () => {
    expect(matchRedirect(table, "/en/partner")).toEqual({ location: "https://partner.example/agora", status: 308 })
  })

  it("ignores unknown paths, loops and malformed entries", () => {
    expect(matchRedirect(table, "/about")).toBeNull()
    expect(matchRedirect(table, "/loop")).toBeNull()
    expect(matchRedirect(table, "/de/loop")).toBeNull()
    expect(matchRedirect(table, "/no-slash")).toBeNull()
    expect(matchRedirect(table, "/evil")).toBeNull()
    expect(matchRedirect(new Map(), "/old-about")).toBeNull()
  })

  it("redirects a locale root when '/' is a source", () => {
    const home = redirectTable([{ from: "/", to: "/products", permanent: false }])
    expect(matchRedirect(home, "/de")).toEqual({ location: "/de/products", status: 307 })
  })
})
