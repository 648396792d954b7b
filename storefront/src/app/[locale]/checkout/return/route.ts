import { redirect } from "next/navigation"

import { completeCart } from "@/lib/data/complete"
import { getCartId } from "@/lib/data/cookies"
import { isLocale } from "@/lib/i18n/locales"

type Context = { params: Promise<{ locale: string }> }

/**
 * Where Viva Wallet sends the shopper back after paying or declining (its payment source's success and
 * failure URLs, `/checkout/return`). Its `s` and `t` parameters are hints only: completing the cart makes
 * Medusa ask Viva whether the order was paid. Paid: the confirmation page. Not paid: back to payment with
 * the reason, the cart untouched.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response("Not found", { status: 404 })
  const cartId = await getCartId()
  if (!cartId) redirect(`/${locale}/cart`)
  const result = await completeCart(cartId)
  if ("order" in result) redirect(`/${locale}/order/${result.order.id}/confirmed`)
  redirect(`/${locale}/checkout?step=payment&error=${result.error}`)
}
