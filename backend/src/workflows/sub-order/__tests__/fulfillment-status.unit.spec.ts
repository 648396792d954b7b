import { fulfillmentStatus } from "../fulfillment-status"

const line = (quantity: number, fulfilled = 0, shipped = 0, delivered = 0) => ({ quantity, fulfilled, shipped, delivered })

describe("fulfillmentStatus", () => {
  it.each([
    [[line(2)], "not_fulfilled"],
    [[line(2, 1)], "partially_fulfilled"],
    [[line(2, 2)], "fulfilled"],
    [[line(2, 2, 1)], "partially_shipped"],
    [[line(2, 2, 2), line(1, 1, 1)], "shipped"],
    [[line(2, 2, 2, 2), line(1, 1, 1)], "partially_delivered"],
    [[line(2, 2, 2, 2), line(1, 1, 1, 1)], "delivered"],
  ])("%j is %s", (items, status) => {
    expect(fulfillmentStatus(items)).toEqual(status)
  })
})
