import { describe, expect, it } from "vitest"

import { orderProgress, safeUrl, sellerTimelines, type Seller, type TimelineOrder } from "./timeline"

const alpine: Seller = { id: "sel_alpine", handle: "alpine", name: "Alpine Dairy" }
const olive: Seller = { id: "sel_olive", handle: "olive", name: "Olive Grove" }
const sellers = new Map([
  ["prod_cheese", alpine],
  ["prod_oil", olive],
])

type Item = { id: string; product_id: string | null; quantity: number; detail?: { shipped_quantity: number; delivered_quantity: number } }

const item = (id: string, productId: string | null, quantity: number, shipped = 0, delivered = 0): Item => ({
  id,
  product_id: productId,
  quantity,
  detail: { shipped_quantity: shipped, delivered_quantity: delivered },
})

const base: TimelineOrder<Item> = {
  created_at: "2025-03-01T10:00:00.000Z",
  status: "pending",
  payment_status: "captured",
  payment_collections: [{ payments: [{ created_at: "2025-03-01T10:01:00.000Z", captured_at: "2025-03-04T09:00:00.000Z" }] }],
  items: [],
  fulfillments: [],
}

const states = (steps: { key: string; state: string }[]) => Object.fromEntries(steps.map((step) => [step.key, step.state]))

describe("sellerTimelines", () => {
  it("groups items by seller, sellers by name and unknown sellers last", () => {
    const order = { ...base, items: [item("i1", "prod_oil", 1), item("i2", "prod_gone", 1), item("i3", "prod_cheese", 2)] }
    const parts = sellerTimelines(order, sellers)
    expect(parts.map((part) => part.seller?.name ?? null)).toEqual(["Alpine Dairy", "Olive Grove", null])
    expect(parts.map((part) => part.items.map((i) => i.id))).toEqual([["i3"], ["i1"], ["i2"]])
  })

  it("marks placed and paid for every seller, paid when the payment was made", () => {
    const [part] = sellerTimelines({ ...base, items: [item("i1", "prod_cheese", 1)] }, sellers)
    expect(part.steps.slice(0, 2)).toEqual([
      { key: "placed", state: "done", at: "2025-03-01T10:00:00.000Z", tracking: [] },
      { key: "paid", state: "done", at: "2025-03-01T10:01:00.000Z", tracking: [] },
    ])
    const [unpaid] = sellerTimelines({ ...base, payment_status: "awaiting", items: [item("i1", "prod_cheese", 1)] }, sellers)
    expect(unpaid.steps[1]).toEqual({ key: "paid", state: "pending", at: null, tracking: [] })
  })

  it("follows each seller's own fulfilments when the order names their lines", () => {
    const order: TimelineOrder<Item> = {
      ...base,
      items: [item("i1", "prod_cheese", 2, 2, 2), item("i2", "prod_oil", 1)],
      fulfillments: [
        {
          id: "ful_1",
          shipped_at: "2025-03-02T08:00:00.000Z",
          delivered_at: "2025-03-03T12:00:00.000Z",
          items: [{ line_item_id: "i1" }],
          labels: [{ tracking_number: "DHL-123456", tracking_url: "https://www.dhl.de/track?id=DHL-123456" }],
          metadata: { carrier: "DHL" },
        },
        { id: "ful_old", shipped_at: "2025-03-01T12:00:00.000Z", canceled_at: "2025-03-01T13:00:00.000Z", items: [{ line_item_id: "i2" }] },
      ],
    }
    const [cheese, oil] = sellerTimelines(order, sellers)
    expect(cheese.steps[2]).toEqual({
      key: "shipped",
      state: "done",
      at: "2025-03-02T08:00:00.000Z",
      tracking: [{ number: "DHL-123456", url: "https://www.dhl.de/track?id=DHL-123456", carrier: "DHL" }],
    })
    expect(cheese.steps[3]).toEqual({ key: "delivered", state: "done", at: "2025-03-03T12:00:00.000Z", tracking: [] })
    expect(states(oil.steps)).toEqual({ placed: "done", paid: "done", shipped: "pending", delivered: "pending" })
  })

  it("counts partly shipped items as partial", () => {
    const [part] = sellerTimelines({ ...base, items: [item("i1", "prod_cheese", 3, 1), item("i2", "prod_cheese", 1)] }, sellers)
    expect(states(part.steps)).toEqual({ placed: "done", paid: "done", shipped: "partial", delivered: "pending" })
  })

  it("gives a single seller the fulfilments the Store API returns without their lines", () => {
    const order = {
      ...base,
      items: [item("i1", "prod_cheese", 1, 1)],
      fulfillments: [{ id: "ful_1", shipped_at: "2025-03-02T08:00:00.000Z" }],
    }
    const [part] = sellerTimelines(order, sellers)
    expect(part.steps[2]).toEqual({ key: "shipped", state: "done", at: "2025-03-02T08:00:00.000Z", tracking: [] })
  })

  it("uses the items' progress, without a date, when several sellers share unattributed fulfilments", () => {
    const order = {
      ...base,
      items: [item("i1", "prod_cheese", 1, 1), item("i2", "prod_oil", 1)],
      fulfillments: [{ id: "ful_1", shipped_at: "2025-03-02T08:00:00.000Z" }],
    }
    const [cheese, oil] = sellerTimelines(order, sellers)
    expect(cheese.steps[2]).toEqual({ key: "shipped", state: "done", at: null, tracking: [] })
    expect(oil.steps[2]).toEqual({ key: "shipped", state: "pending", at: null, tracking: [] })
  })

  it("falls back to the fulfilments when the items carry no progress", () => {
    const order = {
      ...base,
      items: [{ id: "i1", product_id: "prod_cheese", quantity: 1 }],
      fulfillments: [{ id: "ful_1", shipped_at: "2025-03-02T08:00:00.000Z", delivered_at: null }],
    }
    const [part] = sellerTimelines(order, sellers)
    expect(states(part.steps)).toEqual({ placed: "done", paid: "done", shipped: "done", delivered: "pending" })
  })

  it("marks the open steps of a canceled order as canceled", () => {
    const [part] = sellerTimelines({ ...base, status: "canceled", payment_status: "canceled", items: [item("i1", "prod_cheese", 1)] }, sellers)
    expect(states(part.steps)).toEqual({ placed: "done", paid: "canceled", shipped: "canceled", delivered: "canceled" })
  })

  it("drops tracking links that are not web links", () => {
    const order = {
      ...base,
      items: [item("i1", "prod_cheese", 1, 1)],
      fulfillments: [
        { id: "ful_1", shipped_at: "2025-03-02T08:00:00.000Z", labels: [{ tracking_number: "X-1", tracking_url: "javascript:alert(1)" }] },
      ],
    }
    const [part] = sellerTimelines(order, sellers)
    expect(part.steps[2].tracking).toEqual([{ number: "X-1", url: null, carrier: null }])
  })
})

describe("safeUrl", () => {
  it("keeps http(s) URLs only", () => {
    expect(safeUrl("https://track.example/1")).toBe("https://track.example/1")
    expect(safeUrl("ftp://track.example/1")).toBeNull()
    expect(safeUrl("not a url")).toBeNull()
    expect(safeUrl("")).toBeNull()
  })
})

describe("orderProgress", () => {
  it("summarises the order and fulfilment statuses", () => {
    expect(orderProgress({ status: "pending", fulfillment_status: "not_fulfilled" })).toBe("processing")
    expect(orderProgress({ status: "pending", fulfillment_status: "fulfilled" })).toBe("processing")
    expect(orderProgress({ status: "pending", fulfillment_status: "partially_shipped" })).toBe("partiallyShipped")
    expect(orderProgress({ status: "completed", fulfillment_status: "delivered" })).toBe("delivered")
    expect(orderProgress({ status: "canceled", fulfillment_status: "not_fulfilled" })).toBe("canceled")
  })
})
