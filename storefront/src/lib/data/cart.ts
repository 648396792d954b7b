"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { getSdk } from "@/lib/config"
import { isLocale } from "@/lib/i18n/locales"

import { getAuthHeaders, getCartId, setCartId } from "./cookies"
import { rememberCart } from "./customer-cart"
import { retrieveOrder } from "./orders"
import { getRegion } from "./regions"
import { storeGet } from "./store-api"
import { tags } from "./tags"

const MAX_QUANTITY = 99

/** The visitor's open cart, or null when there is none (no cookie, deleted or already completed). */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await storeGet<HttpTypes.StoreCartResponse>(
      `/store/carts/${id}`,
      { fields: "+items.original_total" },
      { tags: [tags.cart(id)], revalidate: 300 }
    )
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

function quantityFrom(value: unknown): number {
  const quantity = typeof value === "number" || (typeof value === "string" && value.trim() !== "") ? Number(value) : NaN
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
    throw new Error(`Quantity must be a whole number from 0 to ${MAX_QUANTITY}`)
  }
  return quantity
}

function lineIdFrom(formData: FormData): string {
  const lineId = formData.get("line_id")
  if (typeof lineId !== "string" || !/^[\w-]{1,100}$/.test(lineId)) throw new Error("Invalid line_id")
  return lineId
}

async function requireCartId(): Promise<string> {
  const id = await getCartId()
  if (!id) throw new Error("No cart")
  return id
}

async function getOrCreateCartId(): Promise<string> {
  const cart = await retrieveCart()
  if (cart) return cart.id
  const region = await getRegion()
  // Signed in: Medusa makes the cart the customer's, so it follows them to other devices.
  const { cart: created } = await getSdk().store.cart.create(region ? { region_id: region.id } : {}, {}, await getAuthHeaders())
  await setCartId(created.id)
  await rememberCart(created.id)
  return created.id
}

export type AddToCartState = { status: "idle" | "added" | "failed" }

/**
 * Form action (useActionState): adds one unit of `variant_id`, creating the cart on first use.
 * Failures come back as state, since thrown errors reach the browser without their message.
 */
export async function addToCart(_state: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const variantId = formData.get("variant_id")
  try {
    if (typeof variantId !== "string" || !/^variant_\w{1,64}$/.test(variantId)) throw new Error("Invalid variant_id")
    const cartId = await getOrCreateCartId()
    await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity: 1 })
    updateTag(tags.cart(cartId))
    return { status: "added" }
  } catch (error) {
    console.error(`Add to cart failed for ${String(variantId)}: ${(error as Error).message}`)
    return { status: "failed" }
  }
}

/** Form action: sets a line's quantity; 0 removes the line. */
export async function updateLineItem(formData: FormData): Promise<void> {
  const cartId = await requireCartId()
  const lineId = lineIdFrom(formData)
  const quantity = quantityFrom(formData.get("quantity"))
  if (quantity === 0) {
    await getSdk().store.cart.deleteLineItem(cartId, lineId)
  } else {
    await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity })
  }
  updateTag(tags.cart(cartId))
}

/** Form action: removes a line. */
export async function deleteLineItem(formData: FormData): Promise<void> {
  const cartId = await requireCartId()
  await getSdk().store.cart.deleteLineItem(cartId, lineIdFrom(formData))
  updateTag(tags.cart(cartId))
}

/**
 * Form action on an order of the signed-in customer: puts its items in the cart again and opens the
 * cart. Items that can no longer be bought (sold out, delisted) are skipped and counted for the cart
 * page's notice.
 */
export async function buyAgain(formData: FormData): Promise<void> {
  const locale = formData.get("locale")
  const orderId = formData.get("order_id")
  if (typeof locale !== "string" || !isLocale(locale)) throw new Error("Invalid locale")
  if (typeof orderId !== "string") throw new Error("Invalid order_id")
  const detail = await retrieveOrder(orderId)
  if (!detail) redirect(`/${locale}/account/orders`)
  const lines = (detail.order.items ?? []).filter((item) => item.variant_id)
  const cartId = await getOrCreateCartId()
  let missing = (detail.order.items ?? []).length - lines.length
  for (const line of lines) {
    try {
      await getSdk().store.cart.createLineItem(
        cartId,
        { variant_id: line.variant_id!, quantity: Math.min(line.quantity, MAX_QUANTITY) },
        {},
        await getAuthHeaders()
      )
    } catch (error) {
      missing++
      console.error(`Buy again: ${line.variant_id} of ${orderId} not added: ${(error as Error).message}`)
    }
  }
  updateTag(tags.cart(cartId))
  redirect(`/${locale}/cart${missing ? `?missing=${missing}` : ""}`)
}
