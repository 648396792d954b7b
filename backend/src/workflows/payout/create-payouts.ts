import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { createPayoutsStep } from "./steps/create-payouts"
import { transferPayoutsStep } from "./steps/transfer-payouts"

/** Pays sellers their payable balance through the configured payout provider (the scheduled job runs it). */
export const createPayoutsWorkflow = createWorkflow("create-payouts", (input: { seller_id?: string }) => {
  const payouts = createPayoutsStep(input)
  const ids = transform({ payouts }, ({ payouts }) => payouts.map((p) => p.id))
  emitEventStep({
    eventName: SellerEvents.PAYOUT_CREATED,
    data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
  }).config({ name: "emit-payout-created" })
  const paid = transferPayoutsStep({ payout_ids: ids })
  emitEventStep({
    eventName: SellerEvents.PAYOUT_PAID,
    data: transform({ paid }, ({ paid }) => paid.map((id) => ({ id }))),
  }).config({ name: "emit-payout-paid" })
  return new WorkflowResponse(ids)
})
