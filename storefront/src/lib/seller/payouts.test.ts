import { describe, expect, it } from "vitest"

import { payoutPeriod } from "./payouts"

describe("payoutPeriod", () => {
  it("spans a payout's lines from the first booking to the last, in any order", () => {
    expect(
      payoutPeriod([
        { created_at: "2026-11-10T09:00:00.000Z" },
        { created_at: "2026-11-03T12:00:00.000Z" },
        { created_at: "2026-11-24T18:30:00.000Z" },
      ])
    ).toEqual({ from: "2026-11-03T12:00:00.000Z", to: "2026-11-24T18:30:00.000Z" })
  })

  it("has none without lines (a failed payout's went back to the balance)", () => {
    expect(payoutPeriod([])).toBeNull()
  })
})
