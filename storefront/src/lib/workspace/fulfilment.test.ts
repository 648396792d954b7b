import { describe, expect, it } from "vitest"

import { parseForm } from "./form"
import {
  fulfilmentSchema,
  fulfilmentStage,
  lineName,
  linesToFulfil,
  pieceCount,
  quantityLeft,
  readFulfilment,
  trackingSchema,
} from "./fulfilment"

const line = (id: string, quantity: number, fulfilled: number) => ({
  id,
  quantity,
  detail: { quantity, fulfilled_quantity: fulfilled, shipped_quantity: 0, delivered_quantity: 0 },
})

describe("quantityLeft and linesToFulfil", () => {
  it("counts what is not in a fulfilment yet", () => {
    expect(quantityLeft(line("a", 3, 1))).toBe(2)
    expect(quantityLeft(line("a", 3, 3))).toBe(0)
    // Never below zero, should Medusa ever report more fulfilled than ordered.
    expect(quantityLeft(line("a", 1, 2))).toBe(0)
  })

  it("keeps only the lines with something left", () => {
    const lines = [line("a", 2, 2), line("b", 3, 1)]
    expect(linesToFulfil(lines)).toEqual([{ line: lines[1], left: 2 }])
  })

  it("counts pieces across lines", () => {
    expect(pieceCount([line("a", 2, 0), line("b", 3, 0)])).toBe(5)
  })
})

describe("fulfilmentStage", () => {
  it("follows shipping and delivery", () => {
    expect(fulfilmentStage({ shipped_at: null, delivered_at: null })).toBe("packed")
    expect(fulfilmentStage({ shipped_at: "2026-01-02", delivered_at: null })).toBe("shipped")
    expect(fulfilmentStage({ shipped_at: "2026-01-02", delivered_at: "2026-01-03" })).toBe("delivered")
  })
})

describe("lineName", () => {
  it("adds the variant when it says something", () => {
    expect(lineName({ title: "T-shirt", variant_title: "M" })).toBe("T-shirt (M)")
    expect(lineName({ title: "Honey", variant_title: null })).toBe("Honey")
    expect(lineName({ title: "Honey", variant_title: "Honey" })).toBe("Honey")
  })
})

describe("fulfilmentSchema", () => {
  const lines = [
    { line: { id: "ordli_a" }, left: 2 },
    { line: { id: "ordli_b" }, left: 1 },
  ]
  const parse = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    return parseForm(fulfilmentSchema(lines), readFulfilment(form, ["ordli_a", "ordli_b"]))
  }

  it("sends the lines with a quantity, an empty field counting as 0", () => {
    expect(parse({ "quantity.ordli_a": "2", "quantity.ordli_b": "" })).toEqual({
      ok: true,
      data: [{ id: "ordli_a", quantity: 2 }],
    })
    expect(parse({ "quantity.ordli_a": "0", "quantity.ordli_b": "0" })).toEqual({ ok: true, data: [] })
  })

  it("refuses more than is left and what is no whole number", () => {
    expect(parse({ "quantity.ordli_a": "3", "quantity.ordli_b": "1.5" })).toEqual({
      ok: false,
      fieldErrors: { "quantity.ordli_a": "quantityTooHigh", "quantity.ordli_b": "wholeNumber" },
    })
  })
})

describe("trackingSchema", () => {
  it("builds the shipment body, leaving out an empty URL", () => {
    expect(parseForm(trackingSchema, { carrier: " ELTA ", tracking_number: "EL1", tracking_url: "" })).toEqual({
      ok: true,
      data: { carrier: "ELTA", tracking_number: "EL1" },
    })
    expect(
      parseForm(trackingSchema, { carrier: "DHL", tracking_number: "1", tracking_url: "https://dhl.example/t/1" })
    ).toEqual({ ok: true, data: { carrier: "DHL", tracking_number: "1", tracking_url: "https://dhl.example/t/1" } })
  })

  it("refuses missing fields and URLs that are not http(s)", () => {
    expect(
      parseForm(trackingSchema, { carrier: "", tracking_number: "", tracking_url: "javascript:alert(1)" })
    ).toEqual({
      ok: false,
      fieldErrors: { carrier: "required", tracking_number: "required", tracking_url: "url" },
    })
  })
})
