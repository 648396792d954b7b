import type { HttpTypes } from "@medusajs/types"

export const steps = ["address", "delivery", "payment"] as const
export type Step = (typeof steps)[number]

/** The furthest step the cart allows: addresses first, then a shipping method, then payment. */
export function reachableStep(cart: Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "shipping_methods">): Step {
  if (!cart.email || !cart.shipping_address?.address_1) return "address"
  if (!cart.shipping_methods?.length) return "delivery"
  return "payment"
}

/** The step to show: the one asked for (`?step=`) when the cart has reached it, else the furthest. */
export function currentStep(cart: Parameters<typeof reachableStep>[0], requested: string | undefined): Step {
  const reachable = reachableStep(cart)
  const asked = steps.find((step) => step === requested)
  return asked && steps.indexOf(asked) <= steps.indexOf(reachable) ? asked : reachable
}

/** The payment methods the storefront can take, in the order it offers them. */
export const PAYMENT_PROVIDERS = ["pp_vivawallet_vivawallet", "pp_system_default"] as const
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number]

/** The region's providers the storefront supports (Stripe needs its browser SDK, which this shop does not load). */
export function supportedProviders(regionProviders: string[]): PaymentProvider[] {
  return PAYMENT_PROVIDERS.filter((id) => regionProviders.includes(id))
}

export type CheckoutError = "declined" | "outOfStock" | "expired" | "busy" | "failed"

/**
 * What a failed cart completion means for the shopper, from the Store API's answer: Medusa answers 200
 * `{ type: "cart", error }` for a refused payment, 400 for a session the provider has not authorised
 * (not paid, or declined), for missing stock and for a cart without a usable session, 404 for a cart
 * that is gone and 409 while another request completes the same cart.
 */
export function completionError(status: number | undefined, message: string | undefined): CheckoutError {
  const text = (message ?? "").toLowerCase()
  if (status === 404) return "expired"
  if (status === 409) return "busy"
  if (text.includes("inventory") || text.includes("stock")) return "outOfStock"
  if (text.includes("not authorized") || text.includes("authoriz") || text.includes("declined")) return "declined"
  if (text.includes("payment session") || text.includes("payment collection") || text.includes("expired")) return "expired"
  return "failed"
}
