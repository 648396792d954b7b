import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { markPayoutPaidStep } from "./steps/mark-payout-paid"

/** Manual settlement: the operator confirms the transfer was made. */
export const markPayoutPaidWorkflow = createWorkflow(
  "mark-payout-paid",
  (input: { payout_id: string; actor_id: string; reference?: string }) => {
    const payout = markPayoutPaidStep(input)
    emitEventStep({ eventName: SellerEvents.PAYOUT_PAID, data: { id: input.payout_id } })
    return new WorkflowResponse(payout)
  }
)
