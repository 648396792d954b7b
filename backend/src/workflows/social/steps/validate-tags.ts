import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TagInput } from "../../../modules/social/service"

/**
 * Only published products of approved sellers can be tagged. The error names the first offending
 * field (`images.<i>.tags.<j>.product_id`) so the client can point at it.
 */
export const validateTagsStep = createStep("validate-post-tags", async ({ images }: { images: { tags?: TagInput[] }[] }, { container }) => {
  const ids = [...new Set(images.flatMap((image) => (image.tags ?? []).map((tag) => tag.product_id)))]
  if (!ids.length) return new StepResponse(undefined)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "status", "seller.status"],
    filters: { id: ids },
  })
  const products = new Map(data.map((p) => [p.id, p as { status: string; seller?: { status: string } | null }]))
  for (const [i, image] of images.entries()) {
    for (const [j, tag] of (image.tags ?? []).entries()) {
      const product = products.get(tag.product_id)
      const problem = !product
        ? "no such product"
        : product.status !== "published"
          ? "the product is not published"
          : product.seller && product.seller.status !== "approved"
            ? "the product's seller is not approved"
            : null
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `images.${i}.tags.${j}.product_id: ${problem} (${tag.product_id})`)
    }
  }
  return new StepResponse(undefined)
})
