import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"

import { cheapestPrice, findVariant, isInStock, variantSelection } from "./variants"

const variants = [
  { id: "variant_s_red", selection: { size: "S", color: "Red" } },
  { id: "variant_m_red", selection: { size: "M", color: "Red" } },
  { id: "variant_m_blue", selection: { size: "M", color: "Blue" } },
]
const optionIds = ["size", "color"]

describe("findVariant", () => {
  it("finds the variant matching every option", () => {
    expect(findVariant(variants, optionIds, { size: "M", color: "Blue" })?.id).toBe("variant_m_blue")
    expect(findVariant(variants, optionIds, { color: "Red", size: "S" })?.id).toBe("variant_s_red")
  })

  it("returns nothing for a combination that does not exist", () => {
    expect(findVariant(variants, optionIds, { size: "S", color: "Blue" })).toBeUndefined()
  })

  it("requires every option to be chosen", () => {
    expect(findVariant(variants, optionIds, { size: "M" })).toBeUndefined()
  })

  it("uses the single default variant of a product without options", () => {
    expect(findVariant([{ id: "variant_default", selection: {} }], [], {})?.id).toBe("variant_default")
    expect(findVariant(variants, [], {})).toBeUndefined()
  })
})

describe("variantSelection", () => {
  it("maps option ids to the variant's values", () => {
    const variant = {
      options: [
        { id: "optval_1", value: "M", option_id: "size" },
        { id: "optval_2", value: "Blue", option_id: "color" },
      ],
    } as Pick<HttpTypes.StoreProductVariant, "options">
    expect(variantSelection(variant)).toEqual({ size: "M", color: "Blue" })
    expect(variantSelection({ options: null })).toEqual({})
  })
})

describe("isInStock", () => {
  it("follows Medusa's inventory flags", () => {
    expect(isInStock({ manage_inventory: false, allow_backorder: false, inventory_quantity: 0 })).toBe(true)
    expect(isInStock({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe(true)
    expect(isInStock({ manage_inventory: true, allow_backorder: false, inventory_quantity: 3 })).toBe(true)
    expect(isInStock({ manage_inventory: true, allow_backorder: false, inventory_quantity: 0 })).toBe(false)
    expect(isInStock({ manage_inventory: true, allow_backorder: false })).toBe(false)
  })
})

describe("cheapestPrice", () => {
  const price = (calculated_amount: number | null, currency_code = "eur") =>
    ({ calculated_price: { id: "p", calculated_amount, original_amount: calculated_amount, currency_code } }) as Pick<
      HttpTypes.StoreProductVariant,
      "calculated_price"
    >

  it("returns the lowest calculated price", () => {
    expect(cheapestPrice([price(20), price(12.5), price(30)])).toEqual({ amount: 12.5, currencyCode: "eur" })
  })

  it("skips variants without a price and handles none at all", () => {
    expect(cheapestPrice([price(null), price(9)])).toEqual({ amount: 9, currencyCode: "eur" })
    expect(cheapestPrice([{}])).toBeNull()
    expect(cheapestPrice(null)).toBeNull()
  })
})
