import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerStatusStep } from "../seller/steps/assert-seller-status"
import { assertSellerProductStep } from "./steps/assert-seller-product"
import { requireStatus } from "../seller/decision"

/** Deletes one of the seller's own products (soft delete, with its links). */
export const deleteSellerProductWorkflow = createWorkflow(
  "delete-seller-product",
  (input: { seller_id: string; product_id: string }) => {
    assertSellerStatusStep(transform(input, requireStatus(["approved"], "deleting products")))
    assertSellerProductStep({ seller_id: input.seller_id, product_id: input.product_id })
    deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })
    return new WorkflowResponse({ id: input.product_id })
  }
)
