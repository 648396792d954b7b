"use server"

import { updateTag } from "next/cache"

import { getSdk } from "@/lib/config"
import { codeVariants, hasCode, isUnknownCode, parsePromoCode, type PromoError } from "@/lib/cart/promo"

import { getAuthHeaders, getCartId } from "./cookies"
import { tags } from "./tags"

export type PromoState = { status: "idle" | "applied" | "failed"; code?: string; error?: PromoError }

/**
 * Form action (useActionState): applies a promotion code to the visitor's cart. An unknown or
 * inapplicable code comes back as an error and leaves the cart's promotions as they were.
 */
export async function applyPromoCode(_state: PromoState, formData: FormData): Promise<PromoState> {
  const typed = formData.get("code")
  const code = parsePromoCode(typed)
  if (!code) return { status: "failed", code: typeof typed === "string" ? typed.slice(0, 64) : "", error: "empty" }
  const cartId = await getCartId()
  if (!cartId) return { status: "failed", code, error: "failed" }
  const headers = await getAuthHeaders()
  try {
    for (const candidate of codeVariants(code)) {
      try {
        const { cart } = await getSdk().store.cart.addPromotions(
          cartId,
          { promo_codes: [candidate] },
          { fields: "promotions.code" },
          headers
        )
        updateTag(tags.cart(cartId))
        return hasCode(cart, candidate)
          ? { status: "applied", code: candidate }
          : { status: "failed", code, error: "notApplicable" }
      } catch (error) {
        if (!isUnknownCode(error)) throw error
      }
    }
    return { status: "failed", code, error: "unknown" }
  } catch (error) {
    console.error(`Promotion code ${code} on ${cartId} failed: ${(error as Error).message}`)
    return { status: "failed", code, error: "failed" }
  }
}

/** Form action: removes an applied promotion code from the cart. */
export async function removePromoCode(formData: FormData): Promise<void> {
  const code = parsePromoCode(formData.get("code"))
  const cartId = await getCartId()
  if (!code || !cartId) throw new Error("Invalid promotion code or no cart")
  await getSdk().store.cart.removePromotions(cartId, { promo_codes: [code] }, { fields: "id" }, await getAuthHeaders())
  updateTag(tags.cart(cartId))
}
