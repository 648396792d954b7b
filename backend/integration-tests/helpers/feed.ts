import { MedusaContainer } from "@medusajs/framework/types"
import { createPostWorkflow } from "../../src/workflows/social"
import { Viewer } from "./social"
import { Api, explained } from "./store"

export type FeedPost = { id: string; author: { id: string; handle: string }; hashtags: string[] }

/** One page of a feed as the viewer gets it. */
export async function feedPage(api: Api, viewer: Viewer, type: string, { limit = 20, cursor }: { limit?: number; cursor?: string | null } = {}) {
  const query = new URLSearchParams({ type, limit: String(limit), ...(cursor ? { cursor } : {}) })
  const { data } = await explained(api).get(`/store/feed?${query}`, viewer)
  return data as { posts: FeedPost[]; next_cursor: string | null }
}

/** The signed-in customer's id and profile id (after `POST /store/profiles/me`). */
export async function socialMe(api: Api, viewer: Viewer, handle: string): Promise<{ customer_id: string; profile_id: string }> {
  const ok = explained(api)
  const { data: profile } = await ok.post("/store/profiles/me", { handle }, viewer)
  const { data: customer } = await ok.get("/store/customers/me", viewer)
  return { customer_id: customer.customer.id, profile_id: profile.profile.id }
}

/** Publishes a post as a customer through the same workflow as `POST /store/posts` (its events fan it out). */
export async function publish(container: MedusaContainer, customerId: string, caption: string, productIds: string[] = []): Promise<string> {
  const { result } = await createPostWorkflow(container).run({
    input: {
      author: { type: "customer", id: customerId },
      caption,
      images: [{ url: "http://localhost:9000/static/feed-test.png", tags: productIds.map((product_id) => ({ product_id })) }],
    },
  })
  return result.id
}
