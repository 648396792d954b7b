import "server-only"

import { getAuthToken } from "./cookies"
import { customerOf, medusaFetch } from "./customer-reads"

/**
 * Records a cart the signed-in customer started in `metadata.cart_id`, where a sign-in on another device
 * looks for it (src/lib/data/customer.ts). Best effort: the cart works without it.
 */
export async function rememberCart(cartId: string): Promise<void> {
  const token = await getAuthToken()
  if (!token) return
  try {
    const customer = await customerOf(token)
    if (customer.metadata?.cart_id === cartId) return
    await medusaFetch("/store/customers/me", {
      method: "POST",
      token,
      body: { metadata: { ...customer.metadata, cart_id: cartId } },
    })
  } catch (error) {
    console.error(`Cart ${cartId} not remembered for its customer: ${(error as Error).message}`)
  }
}
