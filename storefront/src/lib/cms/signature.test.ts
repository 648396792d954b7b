import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"

import { parseTags, safeEqual, sign, verifySignature } from "./signature"

const secret = "a-long-shared-secret"
const body = JSON.stringify({ tags: ["cms-page-about", "cms-pages"] })
const now = 1_750_000_000_000
const timestamp = String(now / 1000)

describe("verifySignature", () => {
  it("accepts the CMS's HMAC of '<timestamp>.<body>'", () => {
    const signature = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`
    expect(sign(secret, timestamp, body)).toBe(signature)
    expect(verifySignature({ secret, timestamp, signature, body, now })).toBe(true)
  })

  it("rejects another secret, a changed body and missing or malformed headers", () => {
    const signature = sign(secret, timestamp, body)
    expect(verifySignature({ secret: "other", timestamp, signature, body, now })).toBe(false)
    expect(verifySignature({ secret, timestamp, signature, body: body.replace("about", "home"), now })).toBe(false)
    expect(verifySignature({ secret, timestamp, signature: signature.slice(0, -1), body, now })).toBe(false)
    expect(verifySignature({ secret, timestamp: null, signature, body, now })).toBe(false)
    expect(verifySignature({ secret, timestamp, signature: null, body, now })).toBe(false)
    expect(verifySignature({ secret, timestamp: "1e9", signature: sign(secret, "1e9", body), body, now })).toBe(false)
  })

  it("accepts a timestamp within 300 s either way and refuses older or newer ones", () => {
    for (const offset of [-300, 300]) {
      const ts = String(now / 1000 + offset)
      expect(verifySignature({ secret, timestamp: ts, signature: sign(secret, ts, body), body, now })).toBe(true)
    }
    for (const offset of [-301, 301]) {
      const ts = String(now / 1000 + offset)
      expect(verifySignature({ secret, timestamp: ts, signature: sign(secret, ts, body), body, now })).toBe(false)
    }
  })
})

describe("safeEqual", () => {
  it("compares equal-length and different-length strings", () => {
    expect(safeEqual("abc", "abc")).toBe(true)
    expect(safeEqual("abc", "abd")).toBe(false)
    expect(safeEqual("abc", "abcd")).toBe(false)
    expect(safeEqual("", "")).toBe(true)
  })
})

describe("parseTags", () => {
  it("returns the distinct tags", () => {
    expect(parseTags(body)).toEqual(["cms-page-about", "cms-pages"])
    expect(parseTags('{"tags":["cms-redirects","cms-redirects"]}')).toEqual(["cms-redirects"])
  })

  it("accepts the catalog and review tags the backend sends, not carts", () => {
    const catalog = ["products", "product-honey", "categories", "collections", "regions", "seller-meli-elia", "posts", "reviews-prod_01JX9Q2M7Z"]
    expect(parseTags(JSON.stringify({ tags: catalog }))).toEqual(catalog)
    expect(parseTags('{"tags":["cart-cart_01"]}')).toBeNull()
    expect(parseTags('{"tags":["product-"]}')).toBeNull()
    expect(parseTags('{"tags":["productss"]}')).toBeNull()
    expect(parseTags('{"tags":["reviews-cart_01"]}')).toBeNull()
  })

  it("refuses malformed bodies", () => {
    expect(parseTags("not json")).toBeNull()
    expect(parseTags("null")).toBeNull()
    expect(parseTags('{"tags":[]}')).toBeNull()
    expect(parseTags('{"tags":"cms-pages"}')).toBeNull()
    expect(parseTags('{"tags":["pages"]}')).toBeNull()
    expect(parseTags('{"tags":["cms-Page"]}')).toBeNull()
    expect(parseTags('{"tags":[1]}')).toBeNull()
    expect(parseTags(JSON.stringify({ tags: Array.from({ length: 21 }, (_, i) => `cms-page-${i}`) }))).toBeNull()
  })
})
