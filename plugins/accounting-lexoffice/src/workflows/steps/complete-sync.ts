import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf } from "./service"

export type CompleteSyncInput = { id: string; file_id: string; voucher_number: string }

/** Marks the record synced; the last step, so it needs no undoing. */
export const completeSyncStep = createStep("complete-lexoffice-sync", async ({ id, file_id, voucher_number }: CompleteSyncInput, { container }) => {
  const sync = await lexofficeOf(container).updateLexofficeSyncs({
    id,
    file_id,
    voucher_number,
    status: "synced",
    last_error: null,
    next_attempt_at: null,
  })
  return new StepResponse(sync)
})
