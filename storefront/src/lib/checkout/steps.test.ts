import { describe, expect, it } from "vitest"

import { completionError, currentStep, reachableStep, supportedProviders } from "./steps"

const address = { address_1: "Kastanienallee 12" } as never
const method = [{ id: "sm_1" }] as never

describe("checkout steps", () => {
  it("moves on only when the previous step is done", () => {
    expect(reachableStep({ email: null, shipping_address: address, shipping_methods: method } as never)).toBe("address")
    expect(reachableStep({ email: "eva@example.com", shipping_address: address, shipping_methods: [] } as never)).toBe("delivery")
    expect(reachableStep({ email: "eva@example.com", shipping_address: address, shipping_methods: method } as never)).toBe("payment")
  })

  it("shows an earlier step on request, never a later one", () => {
    const ready = { email: "eva@example.com", shipping_address: address, shipping_methods: method } as never
    expect(currentStep(ready, "address")).toBe("address")
    expect(currentStep(ready, "nonsense")).toBe("payment")
    expect(currentStep({ email: "eva@example.com", shipping_address: address, shipping_methods: [] } as never, "payment")).toBe("delivery")
  })

  it("offers the supported providers of the region in a fixed order", () => {
    expect(supportedProviders(["pp_system_default", "pp_stripe_stripe", "pp_vivawallet_vivawallet"])).toEqual([
      "pp_vivawallet_vivawallet",
      "pp_system_default",
    ])
  })

  it("tells the shopper why the order could not be placed", () => {
    expect(completionError(400, "Session: payses_01 was not authorized with the provider.")).toBe("declined")
    expect(completionError(200, "Payment authorization failed")).toBe("declined")
    expect(completionError(400, "Some variant does not have the required inventory")).toBe("outOfStock")
    expect(completionError(404, "Cart id not found")).toBe("expired")
    expect(completionError(409, "Cart is already being completed by another request")).toBe("busy")
    expect(completionError(500, "boom")).toBe("failed")
  })
})
