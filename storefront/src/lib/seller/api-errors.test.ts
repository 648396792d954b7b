import { describe, expect, it } from "vitest"

import { apiFieldErrors } from "./api-errors"

describe("apiFieldErrors", () => {
  it("reads business rules and format checks by field", () => {
    expect(apiFieldErrors('handle: "rhodos-bees" is already taken')).toEqual({ handle: "taken" })
    expect(apiFieldErrors("email: nikos@example.com is already a member")).toEqual({ email: "taken" })
    expect(apiFieldErrors("Invalid request: payout_iban: not a valid IBAN")).toEqual({ payout_iban: "invalid" })
  })

  it("reads Medusa's validation wording, up to three problems", () => {
    expect(
      apiFieldErrors(
        "Invalid request: Field 'name' is required; Value for field 'description' too big, expected at most: '2000'; " +
          "Expected: 'iban, vivawallet' for field 'payout_method', but got: 'paypal'"
      )
    ).toEqual({ name: "required", description: "tooLong", payout_method: "invalid" })
    expect(apiFieldErrors("Invalid request: Value for field 'handle' too small, expected at least: '3'")).toEqual({
      handle: "tooShort",
    })
  })

  it("names a nested field by its top-level field", () => {
    expect(apiFieldErrors("Invalid request: Field 'variants, 0, prices' is required")).toEqual({ variants: "required" })
    expect(apiFieldErrors("images.0.tags.1.product_id: not found")).toEqual({ images: "invalid" })
  })

  it("finds no field in messages about the request as a whole", () => {
    expect(apiFieldErrors("This identity already acts for a seller")).toEqual({})
    expect(apiFieldErrors("The last owner of a seller cannot be removed")).toEqual({})
    expect(apiFieldErrors("Invalid request: Unrecognized fields: 'status'")).toEqual({})
  })
})
