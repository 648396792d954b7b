import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LexofficeRefund } from "../../lib/credit-note"

export const loadRefundStep = createStep("load-lexoffice-refund", async (id: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "refund", fields: ["id", "amount", "note", "created_at"], filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lexoffice: refund ${id} not found`)
  return new StepResponse(data[0] as unknown as LexofficeRefund & { id: string })
})
