import { describe, expect, it } from "vitest"

import { parse } from "@/lib/account/schemas"

import { listOptions, pageSchema, reportSchema, reviewSchema, targetSchema } from "./schemas"

const valid = { rating: "4", title: " Lovely oil ", body: "Peppery and green.", images: [] }

describe("reviewSchema", () => {
  it("takes a rating, trimmed title and text and up to six photos", () => {
    const images = ["01JX9Q2M7ZK3"]
    expect(reviewSchema.parse({ ...valid, images })).toEqual({
      rating: 4,
      title: "Lovely oil",
      body: "Peppery and green.",
      images,
    })
  })

  it("names each refused field", () => {
    const result = parse(reviewSchema, {
      rating: "",
      title: "x".repeat(121),
      body: "   ",
      images: Array(7).fill("01JX9Q2M7ZK3"),
    })
    expect(result).toEqual({
      ok: false,
      fieldErrors: { rating: "required", title: "tooLong", body: "required", images: "invalid" },
    })
    expect(parse(reviewSchema, { ...valid, body: "x".repeat(2001) })).toMatchObject({ fieldErrors: { body: "tooLong" } })
    expect(parse(reviewSchema, { ...valid, rating: "6" })).toMatchObject({ fieldErrors: { rating: "required" } })
  })

  it("refuses photos that are no uploaded files' ids", () => {
    expect(reviewSchema.safeParse({ ...valid, images: ["javascript:alert(1)"] }).success).toBe(false)
    expect(reviewSchema.safeParse({ ...valid, images: ["/static/a.jpg"] }).success).toBe(false)
  })
})

describe("targetSchema", () => {
  it("is a review of the customer's or an order's line", () => {
    expect(targetSchema.safeParse({ review_id: "rev_01JX" }).success).toBe(true)
    expect(targetSchema.safeParse({ line_item_id: "ordli_01JX", order_id: "order_01JX" }).success).toBe(true)
    expect(targetSchema.safeParse({ line_item_id: "ordli_01JX" }).success).toBe(false)
    expect(targetSchema.safeParse({ review_id: "../rev" }).success).toBe(false)
  })
})

describe("reportSchema", () => {
  it("drops an empty note and refuses unknown reasons", () => {
    expect(reportSchema.parse({ review_id: "rev_1", reason: "spam", note: "  " })).toEqual({
      review_id: "rev_1",
      reason: "spam",
      note: undefined,
    })
    expect(reportSchema.safeParse({ review_id: "rev_1", reason: "boring", note: "" }).success).toBe(false)
  })
})

describe("listOptions", () => {
  it("reads sort and rating, falling back for anything else", () => {
    expect(listOptions({ sort: "helpful", rating: "4" })).toEqual({ sort: "helpful", rating: 4 })
    expect(listOptions({ sort: "oldest", rating: "9" })).toEqual({ sort: "newest", rating: null })
    expect(listOptions({ sort: ["helpful", "newest"], rating: ["x"] })).toEqual({ sort: "helpful", rating: null })
    expect(listOptions({})).toEqual({ sort: "newest", rating: null })
  })
})

describe("pageSchema", () => {
  it("takes only a backend cursor", () => {
    const page = { product_id: "prod_01", sort: "newest", rating: null, cursor: "eyJ0IjoiMjAyNSJ9" }
    expect(pageSchema.safeParse(page).success).toBe(true)
    expect(pageSchema.safeParse({ ...page, cursor: "a b" }).success).toBe(false)
  })
})
