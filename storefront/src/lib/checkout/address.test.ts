import { describe, expect, it } from "vitest"

import { parseCheckoutAddress } from "./address"

const countries = ["de", "at", "gr"]

function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

const shipping = {
  "shipping.first_name": "Eva",
  "shipping.last_name": "Schmidt",
  "shipping.address_1": "Kastanienallee 12",
  "shipping.postal_code": "10435",
  "shipping.city": "Berlin",
  "shipping.country_code": "DE",
}

describe("parseCheckoutAddress", () => {
  it("accepts a complete address and uses it for billing", () => {
    const result = parseCheckoutAddress(form({ email: " Eva@Example.com ", same_as_billing: "on", ...shipping }), countries)
    expect(result).toEqual({
      ok: true,
      data: {
        email: "eva@example.com",
        same_as_billing: true,
        shipping: expect.objectContaining({ first_name: "Eva", country_code: "de", company: "", phone: "" }),
      },
    })
  })

  it("names each missing or malformed field", () => {
    const result = parseCheckoutAddress(
      form({ email: "not-an-email", same_as_billing: "on", ...shipping, "shipping.city": " ", "shipping.postal_code": "10435;" }),
      countries
    )
    expect(result).toEqual({
      ok: false,
      errors: { email: "invalid", "shipping.city": "required", "shipping.postal_code": "invalid" },
    })
  })

  it("refuses a country the store does not ship to", () => {
    const result = parseCheckoutAddress(form({ email: "eva@example.com", same_as_billing: "on", ...shipping, "shipping.country_code": "us" }), countries)
    expect(result).toEqual({ ok: false, errors: { "shipping.country_code": "invalid" } })
  })

  it("asks for the billing address when it differs", () => {
    const result = parseCheckoutAddress(form({ email: "eva@example.com", ...shipping }), countries)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors["billing.first_name"]).toBe("required")
  })

  it("refuses overlong values", () => {
    const result = parseCheckoutAddress(
      form({ email: "eva@example.com", same_as_billing: "on", ...shipping, "shipping.city": "x".repeat(101) }),
      countries
    )
    expect(result).toEqual({ ok: false, errors: { "shipping.city": "tooLong" } })
  })
})
