import { describe, expect, it } from "vitest"

import { parseReviewFilters, replyRefusal, reviewsHref } from "./reviews"

describe("parseReviewFilters", () => {
  it("reads a rating and whether the review was answered", () => {
    expect(parseReviewFilters({ rating: "4", replied: "false" })).toEqual({ rating: "4", replied: "false" })
    expect(parseReviewFilters({ replied: "true" })).toEqual({ rating: null, replied: "true" })
  })

  it("ignores anything else", () => {
    expect(parseReviewFilters({ rating: "6", replied: "no" })).toEqual({ rating: null, replied: null })
    expect(parseReviewFilters({ rating: ["4", "5"], replied: "" })).toEqual({ rating: null, replied: null })
  })
})

describe("reviewsHref", () => {
  const base = "/en/sell/reviews"

  it("keeps both filters and the page, leaving out the defaults", () => {
    expect(reviewsHref(base, { rating: null, replied: null })).toBe(base)
    expect(reviewsHref(base, { rating: "1", replied: null })).toBe(`${base}?rating=1`)
    expect(reviewsHref(base, { rating: "2", replied: "false" }, 3)).toBe(`${base}?rating=2&replied=false&page=3`)
    expect(reviewsHref(base, { rating: null, replied: "true" }, 1)).toBe(`${base}?replied=true`)
  })
})

describe("replyRefusal", () => {
  const values = { body: "Thank you!" }

  it("tells an answered review, a missing one and a shop that may not write apart", () => {
    expect(replyRefusal(409, "Review rev_1 already has a reply", values)).toEqual({
      status: "failed",
      message: "alreadyReplied",
      values,
    })
    expect(replyRefusal(404, "Review with id: rev_1 was not found", values).message).toBe("notFound")
    expect(replyRefusal(403, "Seller is suspended", values).message).toBe("notAllowed")
    expect(replyRefusal(500, "boom", values).message).toBe("failed")
    expect(replyRefusal(undefined, "fetch failed", values).message).toBe("failed")
  })

  it("marks the field a 400 names, else keeps the backend's reason", () => {
    expect(
      replyRefusal(400, "Invalid request: Value for field 'body' too big, expected at most: '2000'", values)
    ).toEqual({
      status: "invalid",
      message: "invalid",
      fieldErrors: { body: "tooLong" },
      values,
    })
    expect(replyRefusal(400, "Invalid request: Hidden reviews cannot be answered", values)).toEqual({
      status: "failed",
      message: "refused",
      detail: "Hidden reviews cannot be answered",
      values,
    })
  })
})
