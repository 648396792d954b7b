import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf } from "./service"

/**
 * Records the voucher as soon as it exists, so that a later failure (its PDF, say) never leads to a
 * second one. Not undone for the same reason.
 */
export const recordVoucherStep = createStep(
  "record-lexoffice-voucher",
  async ({ id, voucher_id, contact_id }: { id: string; voucher_id: string; contact_id: string | null }, { container }) => {
    return new StepResponse(await lexofficeOf(container).updateLexofficeSyncs({ id, voucher_id, contact_id }))
  }
)
