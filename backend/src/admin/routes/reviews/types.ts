// The shapes of /admin/reviews (backend/src/api/admin/reviews; docs/API.md, Reviews).

export type ReviewStatus = "published" | "hidden"
/** The admin list's filter: "reported" is published reviews with open reports, most reported first. */
export type ReviewFilter = ReviewStatus | "reported"

export type AdminReview = {
  id: string
  status: ReviewStatus
  rating: number
  title: string
  body: string
  images: { url: string }[]
  author: { name: string }
  customer_id: string
  order_id: string
  product: { id: string; title: string; handle: string }
  seller: { id: string; name: string; handle: string } | null
  helpful_count: number
  reports: { open: number; reasons: string[] }
  hidden_reason: string | null
  reply: { body: string; created_at: string } | null
  created_at: string
  edited_at: string | null
}
