import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { decision, requireStatus, SellerDecisionInput } from "./decision"
import { assertSellerStatusStep } from "./steps/assert-seller-status"
import { recordSuspensionStep } from "./steps/suspension"
import { updateSellerStep } from "./steps/update-seller"
import { clearStoreCacheStep } from "./steps/clear-store-cache"

/**
 * Suspends an approved seller. Its published and proposed products become drafts, which takes them
 * out of every store listing, product page and cart, until the seller is reinstated.
 */
export const suspendSellerWorkflow = createWorkflow("suspend-seller", (input: SellerDecisionInput) => {
  assertSellerStatusStep(transform(input, requireStatus(["approved"], "suspended")))
  const statuses = recordSuspensionStep({ seller_id: input.seller_id })
  when({ statuses }, ({ statuses }) => Object.keys(statuses).length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ statuses }, ({ statuses }) => ({
        products: Object.keys(statuses).map((id) => ({ id, status: ProductStatus.DRAFT })),
      })),
    })
  })
  const seller = updateSellerStep(transform(input, decision("suspended")))
  clearStoreCacheStep()
  emitEventStep({ eventName: SellerEvents.SELLER_SUSPENDED, data: { id: input.seller_id } })
  return new WorkflowResponse(seller)
})
