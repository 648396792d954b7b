import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookRefundsStep } from "./steps/book-refunds"

/** Run on `payment.refunded`: the refund reverses the matching share of each seller's payout. */
export const bookRefundsWorkflow = createWorkflow("book-refunds", (input: { payment_id: string }) => {
  return new WorkflowResponse(bookRefundsStep(input))
})
