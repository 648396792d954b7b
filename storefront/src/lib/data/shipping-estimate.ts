import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { getSdk } from "@/lib/config"
import { cheapestShipping, needsCalculation } from "@/lib/cart/shipping"

import { listShippingOptions } from "./checkout-reads"
import { getAuthHeaders } from "./cookies"

/**
 * The cheapest delivery for the cart before checkout: Medusa's shipping options for the cart (those
 * serving its shipping address's country once it has one), calculated prices fetched per option.
 * One shipping method serves the whole cart; the split shares it across the sellers after the order.
 * Null when there is no priced option or the backend fails: the estimate is a hint, never a blocker.
 */
export async function estimateShipping(
  cart: HttpTypes.StoreCart
): Promise<{ amount: number; countryCode: string | null } | null> {
  try {
    const options = await listShippingOptions(cart.id)
    const priced = await Promise.all(
      options.map((option) => (needsCalculation(option) ? calculate(option, cart.id) : option))
    )
    const amount = cheapestShipping(priced)
    return amount === null ? null : { amount, countryCode: cart.shipping_address?.country_code ?? null }
  } catch (error) {
    console.error(`Shipping estimate for ${cart.id} failed: ${(error as Error).message}`)
    return null
  }
}

/** A calculated option's price for this cart; without one (the provider cannot quote yet) it is left out. */
async function calculate(option: HttpTypes.StoreCartShippingOption, cartId: string) {
  try {
    const { shipping_option } = await getSdk().store.fulfillment.calculate(
      option.id,
      { cart_id: cartId },
      {},
      await getAuthHeaders()
    )
    return shipping_option
  } catch (error) {
    console.error(`Shipping option ${option.id} has no price for ${cartId}: ${(error as Error).message}`)
    return { ...option, amount: null }
  }
}
