import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderLookup } from "../validators"

/**
 * A guest finds an order by its number and the e-mail it was placed with, and gets its id, which the
 * storefront's order page reads (Medusa serves an order to whoever has its id). A wrong pair is the same
 * "not found" as an unknown number, so the answer does not say which orders exist.
 */
export async function POST(req: MedusaRequest<OrderLookup>, res: MedusaResponse) {
  const { email, display_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Query's generated filter types take the autoincrement number as a string.
  const filters = { display_id: String(display_id), is_draft_order: false }
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters })
  const order = data.find((candidate) => candidate.email?.toLowerCase() === email)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order with this number and e-mail address")
  res.json({ order: { id: order.id } })
}
