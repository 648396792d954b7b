import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { SellerEvents } from "../../modules/seller/events"
import { moderateProductWorkflow } from "./moderate-product"
import { logModerationStep } from "./steps/log-moderation"

export type ProposeProductInput = { product_id: string; seller_id: string; actor_id: string }

// A rejection needs a reason the seller can act on, as when an operator rejects.
const precheck = z
  .object({ decision: z.enum(["approve", "reject"]), reason: z.string().min(1).optional() })
  .strict()
  .refine((verdict) => verdict.decision !== "reject" || !!verdict.reason, { message: "reason: a rejection needs a reason" })
  .optional()

/**
 * Puts a product (already in status `proposed`) in the review queue. The `productProposed` hook lets
 * a plugin pre-check it and return `{ decision, reason }` to decide at once, or throw to refuse it.
 */
export const proposeProductWorkflow = createWorkflow("propose-product", (input: ProposeProductInput) => {
  logModerationStep(
    transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      seller_id: input.seller_id,
      action: "proposed" as const,
      actor_type: "seller" as const,
      actor_id: input.actor_id,
    }))
  )
  emitEventStep({ eventName: SellerEvents.PRODUCT_PROPOSED, data: { id: input.product_id } })
  const productProposed = createHook("productProposed", { product_id: input.product_id, seller_id: input.seller_id }, { resultValidator: precheck })
  const verdict = productProposed.getResult()
  // Only an explicit decision moderates; a handler that returns nothing leaves the product in review.
  when({ verdict }, ({ verdict }) => verdict?.decision === "approve" || verdict?.decision === "reject").then(() => {
    moderateProductWorkflow.runAsStep({
      input: transform({ input, verdict }, ({ input, verdict }) => ({
        product_id: input.product_id,
        decision: verdict!.decision,
        reason: verdict!.reason ?? null,
        actor_type: "system" as const,
        actor_id: "system",
      })),
    })
  })
  return new WorkflowResponse(undefined, { hooks: [productProposed] })
})
