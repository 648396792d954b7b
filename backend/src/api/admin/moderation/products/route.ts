import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { AdminListProposedType } from "../validators"

/** The review queue: proposed products, oldest first, with their seller and what a reviewer needs to see. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminListProposedType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "subtitle",
      "description",
      "thumbnail",
      "images.url",
      "created_at",
      "updated_at",
      "categories.name",
      "variants.id",
      "variants.title",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "seller.id",
      "seller.name",
      "seller.handle",
      "seller.status",
    ],
    filters: { status: ProductStatus.PROPOSED },
    pagination: { skip: offset, take: limit, order: { updated_at: "ASC" } },
  })
  res.json({ products, count: metadata?.count ?? products.length, offset, limit })
}
