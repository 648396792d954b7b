// The Vendor API's objects as the workspace reads them (docs/API.md, Objects: VendorProduct and VendorOrder).

export const PRODUCT_STATUSES = ["proposed", "published", "rejected", "draft"] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

export const FULFILLMENT_STATUSES = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

export type Price = { amount: number; currency_code: string }

export type VendorVariant = {
  id: string
  title: string
  sku: string | null
  manage_inventory: boolean
  prices: Price[]
  /** Stock at the seller's own location. */
  inventory_quantity: number
  reserved_quantity: number
}

export type VendorProduct = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  description: string | null
  status: ProductStatus
  thumbnail: string | null
  weight: number | null
  images: { url: string }[]
  options: { title: string; values: { value: string }[] }[]
  variants: VendorVariant[]
  /** The latest moderation entry: a rejection carries its reason. */
  moderation: { action: "proposed" | "approved" | "rejected"; reason: string | null; created_at: string } | null
}

export type VendorOrderItem = {
  id: string
  title: string
  variant_title: string | null
  variant_sku: string | null
  product_id: string | null
  thumbnail: string | null
  unit_price: number
  quantity: number
  detail: { quantity: number; fulfilled_quantity: number; shipped_quantity: number; delivered_quantity: number }
}

export type VendorFulfillment = {
  id: string
  created_at: string
  shipped_at: string | null
  delivered_at: string | null
  labels: { tracking_number: string; tracking_url: string | null }[]
  metadata: { carrier?: string } | null
  items: { line_item_id: string; quantity: number }[]
}

export type VendorAddress = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  phone: string | null
}

export type VendorOrder = {
  id: string
  display_id: number
  email: string | null
  created_at: string
  currency_code: string
  shipping_address: VendorAddress | null
  shipping_methods: { name: string }[]
  items: VendorOrderItem[]
  fulfillments: VendorFulfillment[]
  sub_order_id: string
  item_total: number
  discount_total: number
  tax_total: number
  shipping_total: number
  commission_rate: number | null
  commission_total: number
  payout_total: number
  fulfillment_status: FulfillmentStatus
}
