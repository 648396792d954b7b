import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findSyncByVoucherStep } from "./steps/find-sync-by-voucher"
import { recordPaymentStep } from "./steps/record-payment"

/** Reads a voucher's payment state from Lexoffice onto its record; a voucher of no record changes nothing. */
export const refreshPaymentWorkflow = createWorkflow("refresh-lexoffice-payment", (input: { voucher_id: string }) => {
  const sync = findSyncByVoucherStep(input.voucher_id)
  const refreshed = when("lexoffice-voucher-is-ours", { sync }, ({ sync }) => !!sync).then(() => recordPaymentStep({ sync }))
  return new WorkflowResponse(transform({ refreshed }, ({ refreshed }) => refreshed ?? null))
})
