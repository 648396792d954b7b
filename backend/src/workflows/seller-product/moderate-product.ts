import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { assertProposedStep } from "./steps/assert-proposed"
import { logModerationStep } from "./steps/log-moderation"
import { clearStoreCacheStep } from "../seller/steps/clear-store-cache"

export type ModerateProductInput = {
  product_id: string
  decision: "approve" | "reject"
  reason?: string | null
  actor_type: "user" | "system"
  actor_id: string
}

/** An operator's (or a plugin's) decision on a proposed product: published or rejected, and logged. */
export const moderateProductWorkflow = createWorkflow("moderate-product", (input: ModerateProductInput) => {
  const proposed = assertProposedStep({ product_id: input.product_id })
  updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      selector: { id: input.product_id },
      update: { status: input.decision === "approve" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED },
    })),
  })
  const entry = logModerationStep(
    transform({ input, proposed }, ({ input, proposed }) => ({
      product_id: input.product_id,
      seller_id: proposed.seller_id,
      action: input.decision === "approve" ? ("approved" as const) : ("rejected" as const),
      reason: input.reason ?? null,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
    }))
  )
  emitEventStep(
    transform({ input }, ({ input }) => ({
      eventName: input.decision === "approve" ? SellerEvents.PRODUCT_APPROVED : SellerEvents.PRODUCT_REJECTED,
      data: { id: input.product_id },
    }))
  )
  clearStoreCacheStep()
  return new WorkflowResponse(entry)
})
