import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approveSellerWorkflow, createSellerWorkflow } from "../../workflows/seller"
import { createSellerProductWorkflow } from "../../workflows/seller-product"
import { catalog, catalogVariants, toHandle } from "./catalog"
import { uploadProductImage } from "./images"
import demo from "./demo-sellers.json"
import { ensureIdentity } from "./users"

export type DemoSeller = {
  handle: string
  name: string
  email: string
  country_code: string
  description: string
  status: "approved" | "pending"
  /** Handles of the catalog categories whose products this seller owns. */
  categories: string[]
}

// Demo sellers and their logins, for local development only. The list lives in demo-sellers.json so that
// `npm start` (dev-stack/start.mjs, plain JavaScript) prints the same logins.
export const demoSellers = demo.sellers as DemoSeller[]
export const demoSellerPassword = demo.password

/** A demo seller as stored: its owner member (the `seller` actor) and its stock location (null while pending). */
export type SeededSeller = {
  id: string
  handle: string
  name: string
  status: string
  owner_member_id: string
  location_id: string | null
  categories: string[]
}

/** New listings a demo seller has proposed, so the operator's moderation queue is not empty. */
const proposals = [
  {
    seller: "meli-elia",
    category: "pantry",
    title: "Carob Syrup",
    price: 8.4,
    description: "Cold-pressed syrup from Cretan carob pods, dark and molasses-sweet.",
  },
  {
    seller: "meli-elia",
    category: "coffee-tea",
    title: "Cretan Dittany Tea",
    price: 7.9,
    description: "Wild dittany hand-picked in the gorges of Crete, a warming herbal infusion.",
  },
]
const PROPOSAL_STOCK = 40

type Log = (message: string) => void

/**
 * Registers each demo seller missing by handle the way the seller app does (an emailpass identity, then
 * the seller with that identity as owner) and approves those meant to be approved, which gives each its
 * own stock location in the default sales channel. `actorId` is recorded as who approved them.
 */
export async function seedSellers(container: MedusaContainer, actorId: string, log: Log): Promise<SeededSeller[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stored = async () => {
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "handle", "name", "status", "members.id", "members.role", "stock_location.id"],
      filters: { handle: demoSellers.map((s) => s.handle) },
    })
    return new Map(data.map((s) => [s.handle, s]))
  }

  let present = await stored()
  let created = 0
  let approved = 0
  for (const wanted of demoSellers) {
    let seller: { id: string; status: string } | undefined = present.get(wanted.handle)
    if (!seller) {
      const identity = await ensureIdentity(container, wanted.email, demoSellerPassword)
      const { handle, name, email, country_code, description } = wanted
      const { result } = await createSellerWorkflow(container).run({
        input: {
          auth_identity_id: identity.id,
          member_email: email,
          seller: { handle, name, email, country_code, description },
        },
      })
      seller = result.seller
      created++
    }
    // A pending seller meant to be approved (also after an interrupted run); other statuses are an operator's decision.
    if (wanted.status === "approved" && seller.status === "pending") {
      await approveSellerWorkflow(container).run({ input: { seller_id: seller.id, actor_id: actorId } })
      approved++
    }
  }
  if (created || approved) present = await stored()

  const sellers = demoSellers.map((wanted) => {
    const seller = present.get(wanted.handle)!
    const owner = seller.members?.find((m) => m?.role === "owner")
    return {
      id: seller.id,
      handle: seller.handle,
      name: seller.name,
      status: seller.status as string,
      owner_member_id: owner!.id,
      location_id: seller.stock_location?.id ?? null,
      categories: wanted.categories,
    }
  })
  log(`sellers: ${created} created, ${approved} approved, ${demoSellers.length - created} present`)
  log(`sellers: ${demoSellers.map((s, i) => `${s.email} (${sellers[i].status})`).join(", ")}, password ${demoSellerPassword}`)
  return sellers
}

/**
 * Lists the proposals missing by handle as their seller would (POST /vendor/products): in status
 * `proposed`, stocked at the seller's location, with a `proposed` moderation entry by the seller's owner.
 */
export async function seedProposals(container: MedusaContainer, sellers: SeededSeller[], log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = proposals.map((p) => toHandle(p.title))
  const [{ data: existing }, { data: categories }] = await Promise.all([
    query.graph({ entity: "product", fields: ["handle"], filters: { handle: handles } }),
    query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { handle: proposals.map((p) => p.category) } }),
  ])
  const present = new Set(existing.map((p) => p.handle))
  let created = 0
  for (const proposal of proposals) {
    const handle = toHandle(proposal.title)
    const seller = sellers.find((s) => s.handle === proposal.seller)
    // Left alone once listed, and when an operator has since suspended or rejected the seller.
    if (present.has(handle) || seller?.status !== "approved") continue
    const { option } = catalog.find((c) => c.handle === proposal.category)!
    const image = await uploadProductImage(container, handle)
    await createSellerProductWorkflow(container).run({
      input: {
        seller_id: seller.id,
        actor_id: seller.owner_member_id,
        product: {
          title: proposal.title,
          handle,
          description: proposal.description,
          thumbnail: image,
          images: [{ url: image }],
          category_ids: [categories.find((c) => c.handle === proposal.category)!.id],
          options: [{ title: option.title, values: option.values }],
          variants: catalogVariants(option, handle, proposal.price).map((v) => ({ ...v, inventory_quantity: PROPOSAL_STOCK })),
        },
      },
    })
    created++
  }
  log(`moderation queue: ${proposals.map((p) => `${p.title} by ${p.seller}`).join(", ")} proposed (${created} created)`)
}
