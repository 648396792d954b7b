import { redirect } from "next/navigation"

import { fetchInvoice } from "@/lib/data/orders"
import { isLocale } from "@/lib/i18n/locales"

type Context = { params: Promise<{ locale: string; id: string }> }

/**
 * Downloads the signed-in customer's invoice of an order: the backend's PDF, streamed through with its type
 * and file name. Without one the customer goes back to the order with a notice; a guest to the sign-in.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, id } = await params
  if (!isLocale(locale)) return new Response("Not found", { status: 404 })
  const invoice = await fetchInvoice(id)
  if (invoice.ok) return new Response(invoice.body, { headers: invoice.headers })
  if (invoice.reason === "signedOut") redirect(`/${locale}/account`)
  if (invoice.reason === "expired") redirect(`/${locale}/account?expired=1`)
  // The order page answers 404 itself for a malformed id or someone else's order.
  redirect(`/${locale}/account/orders/${encodeURIComponent(id)}?invoice=${invoice.reason}`)
}
