import { describe, expect, it } from "vitest"

import { clientAddress, isOwnOrigin } from "./beacon"

describe("isOwnOrigin", () => {
  const shop = "https://shop.example/"

  it("accepts the storefront's origin only", () => {
    expect(isOwnOrigin("https://shop.example", shop)).toBe(true)
    expect(isOwnOrigin("http://localhost:8000", "http://localhost:8000")).toBe(true)
    expect(isOwnOrigin("https://evil.example", shop)).toBe(false)
    expect(isOwnOrigin("http://shop.example", shop)).toBe(false)
    expect(isOwnOrigin("https://shop.example:8443", shop)).toBe(false)
  })

  it("refuses a missing and an opaque origin", () => {
    expect(isOwnOrigin(null, shop)).toBe(false)
    expect(isOwnOrigin("null", shop)).toBe(false)
  })
})

describe("clientAddress", () => {
  it("takes the last address of the chain", () => {
    expect(clientAddress("203.0.113.7")).toBe("203.0.113.7")
    expect(clientAddress("198.51.100.1, 203.0.113.7")).toBe("203.0.113.7")
    expect(clientAddress(" 2001:db8::1 ")).toBe("2001:db8::1")
    expect(clientAddress("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1")
  })

  it("answers null without a usable address", () => {
    expect(clientAddress(null)).toBeNull()
    expect(clientAddress("")).toBeNull()
    expect(clientAddress("203.0.113.7, unknown")).toBeNull()
    expect(clientAddress("203.0.113.7\r\nx-admin: 1")).toBeNull()
  })
})
