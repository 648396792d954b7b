import { describe, expect, it } from "vitest"

import { clientAddress } from "./beacon"

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
