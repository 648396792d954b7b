import { describe, expect, it } from "vitest"

import { listPrice, stockTotal } from "./summary"

describe("stockTotal", () => {
  it("adds up the stock the shop keeps", () => {
    expect(
      stockTotal([
        { manage_inventory: true, inventory_quantity: 3 },
        { manage_inventory: true, inventory_quantity: 4 },
        { manage_inventory: false, inventory_quantity: 100 },
      ])
    ).toBe(7)
  })
})

describe("listPrice", () => {
  const eur = (amount: number) => ({ currency_code: "eur", amount })
  const gbp = (amount: number) => ({ currency_code: "gbp", amount })

  it("lists the cheapest euro price and says when prices vary", () => {
    expect(listPrice([{ prices: [eur(12), gbp(10)] }, { prices: [eur(9.5)] }])).toEqual({
      amount: 9.5,
      currency_code: "eur",
      varies: true,
    })
    expect(listPrice([{ prices: [eur(12)] }, { prices: [eur(12)] }])).toEqual({
      amount: 12,
      currency_code: "eur",
      varies: false,
    })
  })

  it("falls back to another currency, or to nothing", () => {
    expect(listPrice([{ prices: [gbp(10)] }])).toEqual({ amount: 10, currency_code: "gbp", varies: false })
    expect(listPrice([{ prices: [] }])).toBeNull()
    expect(listPrice([])).toBeNull()
  })
})
