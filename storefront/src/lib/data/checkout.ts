"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { parseCheckoutAddress, type Address, type FieldErrors } from "@/lib/checkout/address"
import { supportedProviders, type CheckoutError } from "@/lib/checkout/steps"
import { getSdk } from "@/lib/config"
import { isLocale, type Locale } from "@/lib/i18n/locales"

import { listPaymentProviders, listShippingOptions, retrieveCheckoutCart } from "./checkout-reads"
import { completeCart } from "./complete"
import { getAuthHeaders, getCartId } from "./cookies"
import { listCountries } from "./regions"
import { tags } from "./tags"

// The session statuses Medusa completes a cart with (validate-cart-payments); a declined or failed
// session is replaced, which also cancels its Viva order.
const PROCESSABLE = new Set(["pending", "requires_more", "authorized", "captured", "pending_authorization"])

export type AddressState = { status: "idle" | "invalid" | "failed"; errors?: FieldErrors; values?: Record<string, string> }
export type PaymentState = { status: "idle" | "failed"; error?: CheckoutError }

function localeOf(form: FormData): Locale {
  const locale = form.get("locale")
  if (typeof locale !== "string" || !isLocale(locale)) throw new Error("Invalid locale")
  return locale
}

// The visitor's cart while it can still be checked out.
async function openCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  const cart = id ? await retrieveCheckoutCart(id) : null
  return cart && !cart.completed_at && cart.items?.length ? cart : null
}

// Medusa's address: our form's fields, with empty optional ones left out.
const toMedusa = ({ company, address_2, phone, ...rest }: Address) => ({
  ...rest,
  ...(company ? { company } : {}),
  ...(address_2 ? { address_2 } : {}),
  ...(phone ? { phone } : {}),
})

/** Step 1: the e-mail and addresses. Invalid fields come back by name; the entered values are kept. */
export async function saveAddresses(_state: AddressState, form: FormData): Promise<AddressState> {
  const locale = localeOf(form)
  const values = Object.fromEntries([...form.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string")) as Record<string, string>
  const cart = await openCart()
  if (!cart) redirect(`/${locale}/cart`)
  const countries = (await listCountries(locale, cart.region_id)).map((country) => country.code)
  const parsed = parseCheckoutAddress(form, countries)
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors, values }
  const { email, shipping, same_as_billing, billing } = parsed.data
  try {
    await getSdk().store.cart.update(
      cart.id,
      { email, shipping_address: toMedusa(shipping), billing_address: toMedusa(same_as_billing || !billing ? shipping : billing) },
      {},
      await getAuthHeaders()
    )
  } catch (error) {
    console.error(`Checkout: saving the addresses of ${cart.id} failed: ${(error as Error).message}`)
    return { status: "failed", values }
  }
  updateTag(tags.cart(cart.id))
  redirect(`/${locale}/checkout?step=delivery`)
}

/** Step 2: one of the cart's shipping options. */
export async function chooseShipping(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const cart = await openCart()
  if (!cart) redirect(`/${locale}/cart`)
  const optionId = form.get("option_id")
  const options = await listShippingOptions(cart.id)
  if (typeof optionId !== "string" || !options.some((option) => option.id === optionId)) {
    redirect(`/${locale}/checkout?step=delivery&error=option`)
  }
  await getSdk().store.cart.addShippingMethod(cart.id, { option_id: optionId }, {}, await getAuthHeaders())
  updateTag(tags.cart(cart.id))
  redirect(`/${locale}/checkout?step=payment`)
}

/**
 * Step 3: pays and places the order. Viva Wallet: the shopper goes to Viva's page and comes back to
 * /checkout/return, which completes the cart. The system provider (the demo's "pay later") completes
 * at once. The cart's usable session for the provider is reused (Medusa drops sessions when the total
 * changes), so a second submission does not replace the session the first one is completing, and it
 * makes no second order: Medusa completes a cart once, answers 409 while it is under way, and returns
 * the same order afterwards.
 */
export async function placeOrder(_state: PaymentState, form: FormData): Promise<PaymentState> {
  const locale = localeOf(form)
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCheckoutCart(cartId) : null
  if (cart?.completed_at) return finish(locale, await completeCart(cart.id))
  if (!cart?.items?.length) redirect(`/${locale}/cart`)
  const provider = form.get("provider_id")
  const offered = supportedProviders(await listPaymentProviders(cart.region_id!))
  if (typeof provider !== "string" || !offered.some((id) => id === provider)) return { status: "failed", error: "failed" }

  let session = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === provider && PROCESSABLE.has(s.status))
  if (!session) {
    try {
      const { payment_collection } = await getSdk().store.payment.initiatePaymentSession(
        cart,
        { provider_id: provider },
        {},
        await getAuthHeaders()
      )
      session = payment_collection.payment_sessions?.find((s) => s.provider_id === provider)
    } catch (error) {
      // A parallel submission may have placed the order meanwhile: then this one shows it too.
      if ((await retrieveCheckoutCart(cart.id))?.completed_at) return finish(locale, await completeCart(cart.id))
      console.error(`Checkout: starting the ${provider} payment of ${cart.id} failed: ${(error as Error).message}`)
      return { status: "failed", error: "failed" }
    } finally {
      updateTag(tags.cart(cart.id))
    }
  }
  if (provider === "pp_vivawallet_vivawallet") {
    const checkoutUrl = session?.data?.checkout_url
    if (typeof checkoutUrl !== "string") return { status: "failed", error: "failed" }
    redirect(checkoutUrl)
  }
  return finish(locale, await completeCart(cart.id))
}

function finish(locale: Locale, result: Awaited<ReturnType<typeof completeCart>>): PaymentState {
  if ("error" in result) return { status: "failed", error: result.error }
  redirect(`/${locale}/order/${result.order.id}/confirmed`)
}
