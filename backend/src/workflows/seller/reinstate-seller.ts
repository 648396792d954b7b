import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { decision, requireStatus, SellerDecisionInput } from "./decision"
import { assertSellerStatusStep } from "./steps/assert-seller-status"
import { takeSuspensionStep } from "./steps/suspension"
import { updateSellerStep } from "./steps/update-seller"
import { clearStoreCacheStep } from "./steps/clear-store-cache"

/** Lifts a suspension: the seller is approved again and each product gets back the status it had. */
export const reinstateSellerWorkflow = createWorkflow("reinstate-seller", (input: SellerDecisionInput) => {
  assertSellerStatusStep(transform(input, requireStatus(["suspended"], "reinstated")))
  const statuses = takeSuspensionStep({ seller_id: input.seller_id })
  when({ statuses }, ({ statuses }) => Object.keys(statuses).length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ statuses }, ({ statuses }) => ({
        products: Object.entries(statuses).map(([id, status]) => ({ id, status: status as ProductStatus })),
      })),
    })
  })
  const seller = updateSellerStep(transform(input, decision("approved")))
  clearStoreCacheStep()
  emitEventStep({ eventName: SellerEvents.SELLER_REINSTATED, data: { id: input.seller_id } })
  return new WorkflowResponse(seller)
})
