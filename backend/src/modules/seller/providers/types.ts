/** What a payout provider is asked to transfer. Amounts are in major units (12.5 = EUR 12.50). */
export type PayoutTransfer = {
  payout_id: string
  seller_id: string
  amount: number
  currency_code: string
  destination: {
    method: "iban" | "vivawallet" | null
    account_holder: string | null
    iban: string | null
    vivawallet_merchant_id: string | null
  }
}

/**
 * `paid`: the money has moved. `pending`: the transfer was handed over and an operator (manual
 * settlement) or a later webhook confirms it.
 */
export type PayoutTransferResult = { status: "pending" | "paid"; reference?: string }

/**
 * A way to pay sellers. Plugin authors implement it (Stripe Connect, Viva transfers), export it with
 * `ModuleProvider("seller", { services: [...] })` and list it in the seller module's `providers`.
 */
export interface PayoutProvider {
  /** Called once per payout; use `payout_id` as the idempotency key with the payment service. */
  transfer(transfer: PayoutTransfer): Promise<PayoutTransferResult>
}

export type PayoutProviderClass = {
  new (cradle: Record<string, unknown>, options: Record<string, unknown>): PayoutProvider
  identifier: string
}

export const PAYOUT_PROVIDER_PREFIX = "payout_provider_"
