import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf, LexofficeSyncRecord } from "./service"

/** The record of a Lexoffice voucher; null for a voucher this store did not create. */
export const findSyncByVoucherStep = createStep("find-lexoffice-sync-by-voucher", async (voucherId: string, { container }) => {
  const [sync] = await lexofficeOf(container).listLexofficeSyncs({ voucher_id: voucherId })
  return new StepResponse<LexofficeSyncRecord | null>(sync ?? null)
})
