import { allocateRefund, splitOrder, toCents } from "../split"

const item = (seller_id: string, total: number, tax_total = 0, discount_total = 0) => ({ seller_id, total, tax_total, discount_total })

describe("splitOrder", () => {
  it("gives each seller its items, a shipping share by item value, commission and payout", () => {
    const shares = splitOrder({ shipping_total: 4.9, shipping_tax_total: 0.78, items: [item("a", 40, 6.39), item("b", 15, 2.39)] }, () => 10)
    expect(shares).toEqual([
      expect.objectContaining({ seller_id: "a", item_total: 40, shipping_total: 3.56, commission_total: 4, payout_total: 39.56 }),
      expect.objectContaining({ seller_id: "b", item_total: 15, shipping_total: 1.34, commission_total: 1.5, payout_total: 14.84 }),
    ])
  })

  it("adds up to the order exactly, however the cents fall", () => {
    const shares = splitOrder(
      { shipping_total: 10, shipping_tax_total: 1.6, items: [item("a", 1), item("b", 1), item("c", 1)] },
      () => 12.5
    )
    expect(toCents(shares.reduce((n, s) => n + s.shipping_total, 0))).toEqual(10)
    expect(shares.map((s) => s.shipping_total)).toEqual([3.33, 3.33, 3.34])
    expect(toCents(shares.reduce((n, s) => n + s.tax_total, 0))).toEqual(1.6)
  })

  it("uses each seller's own rate and sums several items of one seller", () => {
    const shares = splitOrder(
      { shipping_total: 0, shipping_tax_total: 0, items: [item("a", 19.99, 3.19, 1), item("a", 5.01), item("b", 10)] },
      (id) => (id === "a" ? 7.5 : 0)
    )
    expect(shares[0]).toEqual(expect.objectContaining({ item_total: 25, discount_total: 1, commission_total: 1.88, payout_total: 23.12 }))
    expect(shares[1]).toEqual(expect.objectContaining({ commission_total: 0, payout_total: 10 }))
  })
})

describe("allocateRefund", () => {
  const shares = [
    { sub_order_id: "a", gross: 43.56, returned: 0, reversed: 0, payout_total: 39.56, commission_total: 4 },
    { sub_order_id: "b", gross: 16.34, returned: 0, reversed: 0, payout_total: 14.84, commission_total: 1.5 },
  ]

  it("charges the seller whose items came back first", () => {
    const parts = allocateRefund(20, [{ ...shares[0], returned: 20 }, shares[1]])
    expect(parts).toEqual([{ sub_order_id: "a", amount: 20, payout: 18.16, commission: 1.84 }])
  })

  it("spreads a refund without returns over the sellers by their share, to the cent", () => {
    const parts = allocateRefund(10, shares)
    expect(toCents(parts.reduce((n, p) => n + p.amount, 0))).toEqual(10)
    expect(parts.map((p) => p.amount)).toEqual([7.27, 2.73])
  })

  it("does not charge a return twice once it was reversed", () => {
    const parts = allocateRefund(5, [{ ...shares[0], returned: 20, reversed: 20 }, shares[1]])
    expect(parts.map((p) => p.sub_order_id)).toEqual(["a", "b"])
    expect(toCents(parts.reduce((n, p) => n + p.amount, 0))).toEqual(5)
  })
})

describe("splitOrder with the platform's own items", () => {
  it("gives the platform its part of the shipping, so sellers get only theirs", () => {
    const shares = splitOrder(
      { shipping_total: 6, shipping_tax_total: 0, items: [item("a", 20), { seller_id: null, total: 40, tax_total: 0, discount_total: 0 }] },
      () => 10
    )
    expect(shares).toEqual([expect.objectContaining({ seller_id: "a", item_total: 20, shipping_total: 2, payout_total: 20 })])
  })
})

describe("allocateRefund with a platform share", () => {
  it("leaves a refund of the platform's returned items with the platform", () => {
    const parts = allocateRefund(15, [
      { sub_order_id: "platform", gross: 40, returned: 15, reversed: 0, payout_total: 0, commission_total: 0 },
      { sub_order_id: "a", gross: 22, returned: 0, reversed: 0, payout_total: 20, commission_total: 2 },
    ])
    expect(parts.map((p) => p.sub_order_id)).toEqual(["platform"])
  })
})
