/** Rounds to cents, half away from zero, the way an invoice would. */
export const toCents = (amount: number) => Math.sign(amount) * Math.round(Math.abs(amount) * 100 + Number.EPSILON) / 100

/** An order line; `seller_id` is null for a product the platform sells itself. */
export type SplitItem = { seller_id: string | null; total: number; tax_total: number; discount_total: number }
export type SplitOrder = { shipping_total: number; shipping_tax_total: number; items: SplitItem[] }

export type SellerShare = {
  seller_id: string
  item_total: number
  discount_total: number
  tax_total: number
  shipping_total: number
  commission_rate: number
  commission_total: number
  payout_total: number
}

/**
 * Splits an order into one share per seller. Item totals are after discounts and include VAT; the
 * shipping charge is shared in proportion to item totals (the platform's own items take their part
 * too), and the last party takes the rounding remainder so the shares add up to the order exactly.
 * Commission is the seller's rate of its item total; the payout is items plus shipping share minus
 * commission.
 */
export function splitOrder(order: SplitOrder, rateOf: (sellerId: string) => number): SellerShare[] {
  const PLATFORM = ""
  const bySeller = new Map<string, { total: number; tax: number; discount: number }>()
  for (const item of order.items) {
    const party = item.seller_id ?? PLATFORM
    const sum = bySeller.get(party) ?? { total: 0, tax: 0, discount: 0 }
    sum.total += item.total
    sum.tax += item.tax_total
    sum.discount += item.discount_total
    bySeller.set(party, sum)
  }
  // The platform (if it sells items here) sorts first, so a seller takes the rounding remainder.
  const sellers = [...bySeller.keys()].sort()
  const itemsTotal = sellers.reduce((n, id) => n + bySeller.get(id)!.total, 0)

  let shippingLeft = toCents(order.shipping_total)
  let shippingTaxLeft = toCents(order.shipping_tax_total)
  return sellers.map((seller_id, index) => {
    const sum = bySeller.get(seller_id)!
    const last = index === sellers.length - 1
    const weight = itemsTotal > 0 ? sum.total / itemsTotal : 1 / sellers.length
    const shipping = last ? shippingLeft : toCents(order.shipping_total * weight)
    const shippingTax = last ? shippingTaxLeft : toCents(order.shipping_tax_total * weight)
    shippingLeft = toCents(shippingLeft - shipping)
    shippingTaxLeft = toCents(shippingTaxLeft - shippingTax)

    const item_total = toCents(sum.total)
    const commission_rate = seller_id === PLATFORM ? 0 : rateOf(seller_id)
    const commission_total = toCents((item_total * commission_rate) / 100)
    return {
      seller_id,
      item_total,
      discount_total: toCents(sum.discount),
      tax_total: toCents(sum.tax + shippingTax),
      shipping_total: shipping,
      commission_rate,
      commission_total,
      payout_total: toCents(item_total + shipping - commission_total),
    }
  }).filter((share) => share.seller_id !== PLATFORM)
}

export type RefundShare = { sub_order_id: string; gross: number; returned: number; reversed: number; payout_total: number; commission_total: number }

/**
 * Allocates a refund across sub-orders: first to the sellers whose items came back (up to the value
 * returned and not yet reversed), the rest in proportion to what each seller was paid for. Each
 * share reverses the seller's payout and commission in the same ratio as its sale.
 */
export function allocateRefund(amount: number, shares: RefundShare[]): { sub_order_id: string; amount: number; payout: number; commission: number }[] {
  const refunded = new Map<string, number>()
  let left = toCents(amount)
  for (const share of shares) {
    const open = Math.max(0, toCents(share.returned - share.reversed))
    const take = Math.min(open, left)
    if (take > 0) {
      refunded.set(share.sub_order_id, take)
      left = toCents(left - take)
    }
  }
  const gross = shares.reduce((n, s) => n + s.gross, 0)
  const remainder = left
  let given = 0
  shares.forEach((share, index) => {
    if (remainder <= 0 || gross <= 0) return
    const last = index === shares.length - 1
    const take = last ? toCents(remainder - given) : toCents((remainder * share.gross) / gross)
    given = toCents(given + take)
    refunded.set(share.sub_order_id, toCents((refunded.get(share.sub_order_id) ?? 0) + take))
  })
  return shares
    .filter((share) => refunded.has(share.sub_order_id))
    .map((share) => {
      const part = refunded.get(share.sub_order_id)!
      const ratio = share.gross > 0 ? part / share.gross : 0
      return {
        sub_order_id: share.sub_order_id,
        amount: part,
        payout: toCents(share.payout_total * ratio),
        commission: toCents(share.commission_total * ratio),
      }
    })
}
