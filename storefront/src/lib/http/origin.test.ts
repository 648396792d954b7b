import { describe, expect, it } from "vitest"

import { isSameOrigin } from "./origin"

const shop = "https://shop.example"

/** A POST as a route handler receives it: to `url`, with these headers. */
const post = (headers: Record<string, string>, url = "http://localhost:8000/api/uploads") =>
  new Request(url, { method: "POST", headers })

describe("isSameOrigin", () => {
  it("accepts the configured origin whatever host the request came to", () => {
    expect(isSameOrigin(post({ origin: shop, host: "internal:8000" }), shop)).toBe(true)
    expect(isSameOrigin(post({ origin: shop }), `${shop}/`)).toBe(true)
  })

  it("accepts the origin of the host the request came to, with the request's protocol", () => {
    const local = post({ origin: "http://127.0.0.1:8000", host: "127.0.0.1:8000" })
    expect(isSameOrigin(local, "http://localhost:8000")).toBe(true)
    expect(isSameOrigin(post({ origin: "http://[::1]:8000", host: "[::1]:8000" }), "http://localhost:8000")).toBe(true)
    const proxied = post({
      origin: "https://shop.example",
      host: "internal:8000",
      "x-forwarded-host": "Shop.Example, proxy.internal",
      "x-forwarded-proto": "https",
    })
    expect(isSameOrigin(proxied, "http://localhost:8000")).toBe(true)
  })

  it("takes the protocol from the request's URL when no proxy names it", () => {
    const https = post({ origin: "https://shop.test", host: "shop.test" }, "https://shop.test/api/uploads")
    expect(isSameOrigin(https, "http://localhost:8000")).toBe(true)
    expect(isSameOrigin(post({ origin: "https://shop.test", host: "shop.test" }), "http://localhost:8000")).toBe(false)
  })

  it("refuses the right host over another protocol or port", () => {
    const http = post({ origin: "http://shop.test", host: "shop.test", "x-forwarded-proto": "https" })
    expect(isSameOrigin(http, "http://localhost:8000")).toBe(false)
    expect(
      isSameOrigin(post({ origin: "http://localhost:3001", host: "localhost:8000" }), "http://localhost:8000")
    ).toBe(false)
    expect(isSameOrigin(post({ origin: "http://shop.example" }), shop)).toBe(false)
  })

  it("refuses other sites, null, a missing or malformed Origin", () => {
    for (const origin of ["https://evil.example", "https://shop.example.evil.example", "null", "", "not a url"]) {
      expect(isSameOrigin(post({ origin, host: "shop.example" }), shop)).toBe(false)
    }
    expect(isSameOrigin(post({ host: "shop.example" }), shop)).toBe(false)
    expect(isSameOrigin(post({ origin: "file:///etc/passwd", host: "shop.example" }), shop)).toBe(false)
  })

  it("refuses when neither the configuration nor a host matches", () => {
    expect(isSameOrigin(post({ origin: shop }), "http://localhost:8000")).toBe(false)
    const path = post({ origin: shop, host: "shop.example/evil", "x-forwarded-proto": "https" })
    expect(isSameOrigin(path, "http://localhost:8000")).toBe(false)
    const user = post({ origin: shop, host: "evil.example@shop.example", "x-forwarded-proto": "https" })
    expect(isSameOrigin(user, "http://localhost:8000")).toBe(false)
  })
})
