import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { getSdk } from "@/lib/config"

import { getAuthHeaders } from "./cookies"

/** The checkout's cart: addresses, shipping method, items with their products, and the payment collection. */
export const CHECKOUT_CART_FIELDS = [
  "id,email,currency_code,region_id,completed_at",
  "total,subtotal,original_item_total,tax_total,shipping_total,discount_total,promotions.code",
  "*shipping_address,*billing_address",
  "*shipping_methods",
  "*items,+items.total,+items.subtotal,items.product.id,items.product.handle",
  "*payment_collection,*payment_collection.payment_sessions",
].join(",")

/** The visitor's cart with everything the checkout shows; read fresh, never from the data cache. */
export async function retrieveCheckoutCart(cartId: string): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, {
      query: { fields: CHECKOUT_CART_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return cart
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/** The shipping options for the cart's address, with their prices for this cart. */
export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await getSdk().client.fetch<{ shipping_options: HttpTypes.StoreCartShippingOption[] }>(
    "/store/shipping-options",
    { query: { cart_id: cartId }, headers: await getAuthHeaders(), cache: "no-store" }
  )
  return shipping_options
}

/** The payment providers the cart's region offers. */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().client.fetch<HttpTypes.StorePaymentProviderListResponse>(
    "/store/payment-providers",
    { query: { region_id: regionId }, cache: "no-store" }
  )
  return payment_providers.map((provider) => provider.id)
}

/**
 * A just-placed order for its confirmation page. Medusa serves an order to whoever has its id (an
 * unguessable ULID the shopper's browser was redirected to); nothing here is cached.
 */
export async function retrievePlacedOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  if (!/^order_[A-Za-z0-9]{1,64}$/.test(id)) return null
  try {
    const { order } = await getSdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      query: {
        fields: "id,display_id,email,currency_code,total,payment_status,*shipping_address,*items,+items.total,items.product_id",
      },
      cache: "no-store",
    })
    return order
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}
