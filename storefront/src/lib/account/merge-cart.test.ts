import { describe, expect, it } from "vitest"

import { claimable, decideCart, planMerge } from "./merge-cart"

describe("claimable", () => {
  const customer = { id: "cus_eva", email: "eva@example.com" }

  it("takes a guest's cart and the customer's own", () => {
    expect(claimable({ customer_id: null, email: null }, customer)).toBe(true)
    expect(claimable({ customer_id: "cus_eva", email: "old@example.com" }, customer)).toBe(true)
    // Medusa gives a guest checkout a guest customer; the e-mail says it was this visitor.
    expect(claimable({ customer_id: "cus_guest", email: "Eva@Example.com" }, customer)).toBe(true)
  })

  it("leaves someone else's cart alone", () => {
    expect(claimable({ customer_id: "cus_ana", email: "ana@example.com" }, customer)).toBe(false)
    expect(claimable({ customer_id: "cus_ana", email: null }, customer)).toBe(false)
  })
})

describe("decideCart", () => {
  it("merges a guest cart into the customer's earlier one", () => {
    expect(decideCart({ id: "cart_guest" }, { id: "cart_old" })).toEqual({
      kind: "merge",
      from: { id: "cart_guest" },
      into: { id: "cart_old" },
    })
  })

  it("assigns the guest cart when the customer has none, or it is the same cart", () => {
    expect(decideCart({ id: "cart_guest" }, null)).toEqual({ kind: "assign", cart: { id: "cart_guest" } })
    expect(decideCart({ id: "cart_same" }, { id: "cart_same" })).toEqual({ kind: "assign", cart: { id: "cart_same" } })
  })

  it("restores the earlier cart for a visitor without one, else does nothing", () => {
    expect(decideCart(null, { id: "cart_old" })).toEqual({ kind: "restore", cart: { id: "cart_old" } })
    expect(decideCart(null, null)).toEqual({ kind: "none" })
  })
})

describe("planMerge", () => {
  it("adds up the same variant and adds new variants as lines", () => {
    const guest = [
      { id: "g1", variant_id: "variant_tea", quantity: 2 },
      { id: "g2", variant_id: "variant_oil", quantity: 1 },
    ]
    const target = [{ id: "t1", variant_id: "variant_tea", quantity: 3 }]
    expect(planMerge(guest, target)).toEqual({
      update: [{ line_id: "t1", quantity: 5, previous: 3 }],
      add: [{ variant_id: "variant_oil", quantity: 1 }],
    })
  })

  it("counts a variant the guest cart has on two lines once", () => {
    const guest = [
      { id: "g1", variant_id: "variant_tea", quantity: 2 },
      { id: "g2", variant_id: "variant_tea", quantity: 4 },
    ]
    expect(planMerge(guest, [])).toEqual({ update: [], add: [{ variant_id: "variant_tea", quantity: 6 }] })
  })

  it("caps quantities and leaves a full line alone", () => {
    const guest = [
      { id: "g1", variant_id: "variant_tea", quantity: 60 },
      { id: "g2", variant_id: "variant_oil", quantity: 5 },
      { id: "g3", variant_id: "variant_jam", quantity: 120 },
    ]
    const target = [
      { id: "t1", variant_id: "variant_tea", quantity: 50 },
      { id: "t2", variant_id: "variant_oil", quantity: 99 },
    ]
    expect(planMerge(guest, target)).toEqual({
      update: [{ line_id: "t1", quantity: 99, previous: 50 }],
      add: [{ variant_id: "variant_jam", quantity: 99 }],
    })
  })

  it("skips lines without a variant and an empty guest cart", () => {
    expect(planMerge([{ id: "g1", variant_id: null, quantity: 1 }], [])).toEqual({ update: [], add: [] })
    expect(planMerge([], [{ id: "t1", variant_id: "variant_tea", quantity: 1 }])).toEqual({ update: [], add: [] })
  })
})
