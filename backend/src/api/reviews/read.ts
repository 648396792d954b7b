import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../modules/review"
import ReviewModuleService, { EMPTY_RATING, RatingSummary } from "../../modules/review/service"
import { SELLER_MODULE } from "../../modules/seller"
import SellerModuleService from "../../modules/seller/service"
import { editableUntil } from "../../workflows/review/steps/own-review"

type Row = Awaited<ReturnType<ReviewModuleService["listReviews"]>>[number] & { images: { url: string; file_id: string; rank: number }[] }
type SellerRef = { id: string; handle: string; name: string }

const FIELDS = [
  "id", "product_id", "seller_id", "customer_id", "order_id", "line_item_id", "rating", "title", "body", "author_name", "status",
  "hidden_reason", "helpful_count", "edited_at", "reply_body", "replied_at", "created_at",
] as const

/** Reviews by id, in the order asked, with their photos. */
async function rows(container: MedusaContainer, ids: string[]): Promise<Row[]> {
  if (!ids.length) return []
  const found = (await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listReviews({ id: ids }, { select: [...FIELDS, "images.url", "images.file_id", "images.rank"], relations: ["images"] })) as Row[]
  const byId = new Map(found.map((row) => [row.id, row]))
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}

async function sellersOf(container: MedusaContainer, list: Row[]): Promise<Map<string, SellerRef>> {
  const ids = [...new Set(list.flatMap((row) => (row.seller_id ? [row.seller_id] : [])))]
  if (!ids.length) return new Map()
  const sellers = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: ids }, { select: ["id", "handle", "name"] })
  return new Map(sellers.map((s) => [s.id, { id: s.id, handle: s.handle, name: s.name }]))
}

// What every reader sees of a review.
function publicView(row: Row, sellers: Map<string, SellerRef>) {
  const seller = row.seller_id ? sellers.get(row.seller_id) : undefined
  return {
    id: row.id,
    product_id: row.product_id,
    rating: row.rating,
    title: row.title,
    body: row.body,
    images: [...row.images].sort((a, b) => a.rank - b.rank).map(({ url, file_id }) => ({ url, file_id })),
    author: { name: row.author_name },
    verified_purchase: true,
    helpful_count: row.helpful_count,
    created_at: row.created_at,
    edited_at: row.edited_at ?? null,
    reply:
      row.reply_body && row.replied_at
        ? { body: row.reply_body, created_at: row.replied_at, seller: seller ? { handle: seller.handle, name: seller.name } : null }
        : null,
  }
}

// Reviews as shoppers see them; the signed-in customer's own reviews and helpful votes are marked.
async function shopperViews(container: MedusaContainer, list: Row[], customerId?: string) {
  const [sellers, voted] = await Promise.all([
    sellersOf(container, list),
    customerId
      ? container.resolve<ReviewModuleService>(REVIEW_MODULE).votedBy(customerId, list.map((row) => row.id))
      : Promise.resolve(new Set<string>()),
  ])
  return list.map((row) => ({ ...publicView(row, sellers), helpful_by_me: voted.has(row.id), mine: row.customer_id === customerId }))
}

/** Published reviews by id as shoppers see them (`customerId`: the signed-in reader). */
export async function storeReviews(container: MedusaContainer, ids: string[], customerId?: string) {
  return shopperViews(container, await rows(container, ids), customerId)
}

/** The customer's own reviews, with their status and until when they can be edited; others' are left out. */
export async function ownReviews(container: MedusaContainer, ids: string[], customerId: string) {
  const list = (await rows(container, ids)).filter((row) => row.customer_id === customerId)
  const views = await shopperViews(container, list, customerId)
  return views.map((view, i) => ({
    ...view,
    order_id: list[i].order_id,
    line_item_id: list[i].line_item_id,
    status: list[i].status,
    editable_until: editableUntil(list[i].created_at),
  }))
}

/** The customer's review; anyone else's is "not found". */
export async function ownReview(container: MedusaContainer, id: string, customerId: string) {
  const [review] = await ownReviews(container, [id], customerId)
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${id} was not found`)
  return review
}

type ProductRef = { id: string; title: string; handle: string; thumbnail: string | null }

async function productsOf(container: MedusaContainer, list: Row[]): Promise<Map<string, ProductRef>> {
  const ids = [...new Set(list.map((row) => row.product_id))]
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail"],
    filters: { id: ids },
  })
  return new Map(data.map((p) => [p.id, { id: p.id, title: p.title, handle: p.handle, thumbnail: p.thumbnail ?? null }]))
}

/** Reviews of the seller's products as its workspace shows them. */
export async function vendorReviews(container: MedusaContainer, ids: string[]) {
  const list = await rows(container, ids)
  const [sellers, products] = await Promise.all([sellersOf(container, list), productsOf(container, list)])
  return list.map((row) => ({
    ...publicView(row, sellers),
    status: row.status,
    order_id: row.order_id,
    product: products.get(row.product_id) ?? { id: row.product_id, title: "", handle: "", thumbnail: null },
  }))
}

/** Reviews as operators see them: who wrote them, where, and what was reported. */
export async function adminReviews(container: MedusaContainer, ids: string[]) {
  const list = await rows(container, ids)
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [sellers, products, reports] = await Promise.all([
    sellersOf(container, list),
    productsOf(container, list),
    ids.length ? service.listReviewReports({ review_id: ids, status: "open" }, { select: ["review_id", "reason"] }) : Promise.resolve([]),
  ])
  return list.map((row) => {
    const open = reports.filter((r) => (r as unknown as { review_id: string }).review_id === row.id)
    const product = products.get(row.product_id)
    return {
      id: row.id,
      status: row.status,
      rating: row.rating,
      title: row.title,
      body: row.body,
      images: [...row.images].sort((a, b) => a.rank - b.rank).map(({ url }) => ({ url })),
      author: { name: row.author_name },
      customer_id: row.customer_id,
      order_id: row.order_id,
      product: { id: row.product_id, title: product?.title ?? "", handle: product?.handle ?? "" },
      seller: row.seller_id ? (sellers.get(row.seller_id) ?? null) : null,
      helpful_count: row.helpful_count,
      reports: { open: open.length, reasons: [...new Set(open.map((r) => r.reason as string))] },
      hidden_reason: row.hidden_reason ?? null,
      reply: row.reply_body && row.replied_at ? { body: row.reply_body, created_at: row.replied_at } : null,
      created_at: row.created_at,
      edited_at: row.edited_at ?? null,
    }
  })
}

/** The rating aggregate of a product or seller (zeros before its first review). */
export async function ratingOf(container: MedusaContainer, of: { product_id: string } | { seller_id: string }): Promise<RatingSummary> {
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [row] =
    "product_id" in of
      ? await service.listProductRatings({ product_id: of.product_id }, { select: ["average", "count", "histogram"] })
      : await service.listSellerRatings({ seller_id: of.seller_id }, { select: ["average", "count", "histogram"] })
  return row ? { average: Number(row.average), count: row.count, histogram: row.histogram as RatingSummary["histogram"] } : EMPTY_RATING
}
