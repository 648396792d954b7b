export type SellerModuleOptions = {
  /** Percent of a seller's item totals the platform keeps unless the seller has its own rate. */
  default_commission_rate?: number
  /** The payout provider new payouts go through; "manual" (operator marks paid) when unset. */
  payout_provider?: string
  /** Payout providers from plugins: `{ resolve, id, options }`. */
  providers?: { resolve: string; id: string; options?: Record<string, unknown> }[]
}

export const DEFAULT_COMMISSION_RATE = 10
