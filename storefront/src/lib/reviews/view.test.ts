import { describe, expect, it } from "vitest"

import type { StoreReview } from "./types"
import { reviewView } from "./view"

const review: StoreReview = {
  id: "rev_1",
  product_id: "prod_1",
  rating: 5,
  title: "Great",
  body: "Really good.",
  images: [{ url: "https://cdn.example.com/a.jpg", file_id: "01JX9Q2M7ZK3" }],
  author: { name: "Anna H." },
  verified_purchase: true,
  helpful_count: 3,
  helpful_by_me: false,
  mine: false,
  created_at: "2025-03-03T23:30:00.000Z",
  edited_at: null,
  reply: { body: "Thank you!", created_at: "2025-03-05T10:00:00.000Z", seller: { handle: "meli-elia", name: "Meli & Elia" } },
}

describe("reviewView", () => {
  it("writes the dates out in the reader's language, the same on every server", () => {
    const view = reviewView(review, "en")
    expect(view).toMatchObject({ date: "Mar 3, 2025", author: "Anna H.", images: ["https://cdn.example.com/a.jpg"] })
    expect(view.reply).toEqual({ body: "Thank you!", seller: "Meli & Elia", createdAt: review.reply!.created_at, date: "Mar 5, 2025" })
    expect(reviewView(review, "de").date).toBe("03.03.2025")
  })

  it("says whether it was edited", () => {
    expect(reviewView(review, "en").edited).toBe(false)
    expect(reviewView({ ...review, edited_at: "2025-03-04T00:00:00.000Z", reply: null }, "en")).toMatchObject({
      edited: true,
      reply: null,
    })
  })
})
