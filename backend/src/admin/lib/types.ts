// The shapes of the marketplace's /admin API responses (backend/src/api/admin). Amounts are major units.

export type SellerStatus = "pending" | "approved" | "rejected" | "suspended"
export type PayoutStatus = "pending" | "processing" | "paid" | "failed"

export type Seller = {
  id: string
  handle: string
  name: string
  description: string | null
  email: string
  country_code: string
  status: SellerStatus
  status_reason: string | null
  status_decided_by: string | null
  status_decided_at: string | null
  // Percent; null means the platform default.
  commission_rate: number | null
  payout_method: "iban" | "vivawallet" | null
  payout_account_holder: string | null
  payout_iban: string | null
  payout_vivawallet_merchant_id: string | null
  created_at: string
}

export type SellerMember = { id: string; email: string; role: "owner" | "staff"; created_at: string }

export type SellerDetail = Seller & {
  members: SellerMember[]
  effective_commission_rate: number
  stock_location: { id: string; name: string } | null
}

export type SellerRef = Pick<Seller, "id" | "name" | "handle">

export type ModerationEntry = {
  id: string
  product_id: string
  seller_id: string
  action: "proposed" | "approved" | "rejected"
  reason: string | null
  actor_type: "user" | "seller" | "system"
  actor_id: string
  created_at: string
}

export type ProposedProduct = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: { url: string }[]
  categories: { name: string }[]
  variants: { id: string; title: string; prices: { amount: number; currency_code: string }[] }[]
  seller: (SellerRef & { status: SellerStatus }) | null
  updated_at: string
}

export type Payout = {
  id: string
  seller_id: string
  currency_code: string
  amount: number
  status: PayoutStatus
  provider_id: string
  provider_reference: string | null
  paid_at: string | null
  created_at: string
  seller: SellerRef | null
}

export type SubOrder = {
  id: string
  seller_id: string
  order_id: string
  currency_code: string
  item_total: number
  discount_total: number
  tax_total: number
  shipping_total: number
  commission_rate: number
  commission_total: number
  payout_total: number
  fulfillment_status: string
  seller: SellerRef | null
}

/** A list response: `{ <key>: T[], count, offset, limit }`. */
export type List<K extends string, T> = Record<K, T[]> & { count: number; offset: number; limit: number }

export type ReportStatus = "open" | "resolved" | "dismissed"

/** A report of a social post with what the operator needs to judge it (/admin/social/reports). */
export type PostReport = {
  id: string
  reason: "spam" | "offensive" | "counterfeit" | "misleading" | "other"
  note: string | null
  status: ReportStatus
  created_at: string
  // Null once the reporting profile is gone.
  reporter: { id: string; handle: string; display_name: string } | null
  post: {
    id: string
    caption: string
    status: "published" | "hidden" | "deleted"
    created_at: string
    likes_count: number
    comments_count: number
    open_reports: number
    images: { url: string }[]
    author: { id: string; handle: string; display_name: string; kind: "customer" | "seller" }
  }
}

/** A cursor page: `{ <key>: T[], next_cursor }`, where a null cursor means the last page. */
export type CursorList<K extends string, T> = Record<K, T[]> & { next_cursor: string | null }
