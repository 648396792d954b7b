import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"

export type PurchasedLine = { order_id: string; line_item_id: string; product_id: string; seller_id: string | null; author_name: string }
type Line = { id: string; product_id: string | null; delivered: number; order_id: string }

/**
 * The customer's order line to review: the one asked for (another customer's or an unknown line is
 * "not found"), or, given a product, the customer's first delivered line of it not yet reviewed. Only a
 * delivered line is a verified purchase (403 otherwise); a line is reviewed once (409).
 */
export const purchasedLineStep = createStep(
  "purchased-line",
  async (input: { customer_id: string; line_item_id?: string; product_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "status", "items.id", "items.product_id", "items.detail.delivered_quantity"],
      filters: { customer_id: input.customer_id },
    })
    const lines: Line[] = orders
      .filter((order) => order.status !== "canceled")
      .flatMap((order) =>
        (order.items ?? []).flatMap((item) =>
          item ? [{ id: item.id, product_id: item.product_id ?? null, delivered: Number(item.detail?.delivered_quantity ?? 0), order_id: order.id }] : []
        )
      )
    const candidates = input.line_item_id
      ? lines.filter((line) => line.id === input.line_item_id)
      : lines.filter((line) => line.product_id === input.product_id)
    if (input.line_item_id && !candidates.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order line with id: ${input.line_item_id} was not found`)
    }
    const delivered = candidates.filter((line) => line.delivered > 0 && line.product_id)
    if (!delivered.length) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "You can review a product once it has been delivered to you")
    }
    const reviews = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews({ line_item_id: delivered.map((line) => line.id) }, { select: ["line_item_id"] })
    const reviewed = new Set(reviews.map((review) => review.line_item_id))
    const line = delivered.find((candidate) => !reviewed.has(candidate.id))
    if (!line) throw new MedusaError(MedusaError.Types.CONFLICT, "You have already reviewed this purchase")

    const { data: products } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: line.product_id! } })
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["first_name", "last_name", "profile.display_name"],
      filters: { id: input.customer_id },
    })
    const seller = (products[0] as { seller?: { id: string } | null } | undefined)?.seller
    const result: PurchasedLine = {
      order_id: line.order_id,
      line_item_id: line.id,
      product_id: line.product_id!,
      seller_id: seller?.id ?? null,
      author_name: authorName(customers[0] as Customer | undefined),
    }
    return new StepResponse(result)
  }
)

type Customer = { first_name?: string | null; last_name?: string | null; profile?: { display_name?: string | null } | null }

// A reviewer shows under the social name it chose, else as "First L." (never the full surname).
function authorName(customer: Customer | undefined): string {
  const social = customer?.profile?.display_name?.trim()
  if (social) return social
  const first = customer?.first_name?.trim()
  const last = customer?.last_name?.trim()
  if (!first) return "Verified buyer"
  return last ? `${first} ${last[0].toUpperCase()}.` : first
}
