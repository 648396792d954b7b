// The reviews as the Store API answers them (GET /store/products/:id/reviews, /store/reviews).
import type { RatingSummary } from "./rating"

export type StoreReview = {
  id: string
  product_id: string
  rating: number
  title: string
  body: string
  images: { url: string; file_id: string }[]
  author: { name: string }
  verified_purchase: boolean
  helpful_count: number
  /** False for a guest. */
  helpful_by_me: boolean
  /** The signed-in customer wrote it. */
  mine: boolean
  created_at: string
  edited_at: string | null
  reply: null | { body: string; created_at: string; seller: { handle: string; name: string } }
}

/** The customer's own review, with the order line it is about. */
export type OwnReview = StoreReview & {
  order_id: string
  line_item_id: string
  status: "published" | "hidden"
  /** Until when the backend takes edits (30 days after it was written). */
  editable_until: string
}

export type ReviewPage = { reviews: StoreReview[]; next_cursor: string | null; rating: RatingSummary }

/** A seller's rating: its products' reviews plus its delivery record. */
export type SellerRating = RatingSummary & {
  on_time: { share: number | null; counted: number }
}
