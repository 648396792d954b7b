type SellerRecord = Record<string, unknown> & { suspended_products?: unknown }

/** A seller as its own members and operators see it (without the suspension bookkeeping). */
export function sellerView(seller: SellerRecord) {
  const { suspended_products: _products, ...view } = seller
  return view
}

export const PUBLIC_SELLER_FIELDS = ["id", "handle", "name", "description", "logo_url", "country_code", "created_at"] as const
