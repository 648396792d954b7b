import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Body = { provider_id?: unknown; data?: Record<string, unknown> }

/**
 * Gives a Viva Wallet payment session the cart's e-mail, name and locale, which Medusa does not pass
 * to payment providers (only a signed-in customer reaches them): Viva's payment page greets the
 * shopper in their language and sends the receipt to that address. The cart's values replace any the
 * shopper sent.
 */
export async function sessionCustomer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  if (typeof body.provider_id !== "string" || !body.provider_id.startsWith("pp_vivawallet_")) return next()

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id },
  })
  const cartId = links[0]?.cart_id
  if (!cartId) return next()
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["email", "locale", "billing_address.first_name", "billing_address.last_name"],
    filters: { id: cartId },
  })
  const cart = carts[0]
  const name = [cart?.billing_address?.first_name, cart?.billing_address?.last_name].filter(Boolean).join(" ")
  body.data = {
    ...(body.data ?? {}),
    email: cart?.email ?? undefined,
    full_name: name || undefined,
    locale: cart?.locale ?? undefined,
  }
  req.body = body
  // Medusa's route reads the body; the validated copy is kept the same in case it runs first.
  if (req.validatedBody) (req.validatedBody as Body).data = body.data
  next()
}
