import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LexofficeOrder } from "../../lib/invoice"

type Address = NonNullable<LexofficeOrder["billing_address"]> & { metadata?: Record<string, unknown> | null }

/** An order as the invoice needs it, with what the contact is made of. */
export type SyncOrder = LexofficeOrder & {
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
  billing_address?: Address | null
}

const FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "email",
  "customer_id",
  "metadata",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.total",
  "items.discount_total",
  "items.tax_lines.rate",
  "shipping_methods.name",
  "shipping_methods.total",
  "shipping_methods.discount_total",
  "shipping_methods.tax_lines.rate",
  "billing_address.*",
  "total",
  "tax_total",
]

export const loadOrderStep = createStep("load-lexoffice-order", async (id: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lexoffice: order ${id} not found`)
  return new StepResponse(data[0] as unknown as SyncOrder)
})
