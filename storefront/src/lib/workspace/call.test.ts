import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"

import { attempt } from "./call"

describe("attempt", () => {
  it("gives the value of a call that worked", async () => {
    expect(await attempt(async () => 42)).toEqual({ ok: true, value: 42 })
  })

  it("gives the status and message of a refused call", async () => {
    const refused = new FetchError("Invalid request: Field 'title' is required", "Bad Request", 400)
    expect(
      await attempt(async () => {
        throw refused
      })
    ).toEqual({ ok: false, status: 400, message: "Invalid request: Field 'title' is required" })
  })

  it("has no status when the backend was not reached", async () => {
    expect(
      await attempt(async () => {
        throw new TypeError("fetch failed")
      })
    ).toEqual({ ok: false, status: undefined, message: "fetch failed" })
  })
})
