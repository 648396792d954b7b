import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { revalidateTag } from "next/cache"

import { completionError, type CheckoutError } from "@/lib/checkout/steps"
import { getSdk } from "@/lib/config"

import { getAuthHeaders } from "./cookies"
import { tags } from "./tags"

type Completion = { order: HttpTypes.StoreOrder } | { error: CheckoutError }

const BUSY_RETRIES = 10
const BUSY_WAIT_MS = 500

/**
 * Completes the cart into an order. Medusa does this once per cart: completing again (the shopper's
 * second click, or Viva's webhook having done it first) returns the same order, and a completion
 * still under way elsewhere answers 409, so this waits and asks again. The cart cookie keeps the
 * completed cart's id, so a repeated submission or return from the payment page finds the same order;
 * the shop treats a completed cart as none and starts a new one on the next add.
 */
export async function completeCart(cartId: string): Promise<Completion> {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await getSdk().store.cart.complete(cartId, {}, await getAuthHeaders())
      // Expired at once; updateTag would do the same but is refused outside server actions.
      revalidateTag(tags.cart(cartId), { expire: 0 })
      if (result.type === "order") return { order: result.order }
      return { error: completionError(200, result.error?.message) }
    } catch (error) {
      const { status, message } = error as { status?: number; message?: string }
      const reason = completionError(status, message)
      if (reason === "busy" && attempt < BUSY_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS))
        continue
      }
      console.error(`Checkout: completing ${cartId} failed (${status ?? "no status"}): ${message}`)
      return { error: reason === "busy" ? "failed" : reason }
    }
  }
}
