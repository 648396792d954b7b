import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_MODULE } from "../../modules/social"
import { parseHashtags } from "../../modules/social/hashtags"
import SocialModuleService from "../../modules/social/service"
import {
  Actor,
  addCommentWorkflow,
  createPostWorkflow,
  setFollowWorkflow,
  setLikeWorkflow,
  upsertCustomerProfileWorkflow,
} from "../../workflows/social"
import { rebuildFeedsWorkflow } from "../../workflows/feed"
import demo from "./demo-social.json"
import type { SeededSeller } from "./sellers"
import { ensureIdentity } from "./users"

type DemoShopper = { email: string; first_name: string; last_name: string; handle: string; display_name: string; bio: string }
type DemoComment = { by: string; body: string; replies?: { by: string; body: string }[] }
/** `by` is a demo shopper's or a demo seller's handle; each image is the picture of the product `photo`. */
type DemoPost = { by: string; caption: string; images: { photo: string; tags: string[] }[]; comments?: DemoComment[] }

// Demo shoppers and what they post, for local development only. They sign in with e-mail and this password.
export const demoShoppers: DemoShopper[] = demo.shoppers
export const demoShopperPassword = demo.password
const demoPosts: DemoPost[] = demo.posts

type Log = (message: string) => void
type Shopper = DemoShopper & { actor: Actor; profile_id: string }
type SeededPost = { id: string; index: number; author: Actor; sellers: Set<string>; comments: DemoComment[] }

/**
 * The demo shoppers with their profiles and, unless one of them has posted already, the demo posts, a
 * follow graph, likes and comments, each through the workflow the store and vendor routes run. Posts
 * show and tag only published products of approved sellers.
 */
export async function seedSocial(container: MedusaContainer, sellers: SeededSeller[], log: Log): Promise<void> {
  const shoppers = await seedShoppers(container, log)
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const [posted] = await social.listPosts({ profile_id: shoppers.map((s) => s.profile_id) }, { select: ["id"], take: 1 })
  if (posted) return log("social: demo posts present")

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const approved = sellers.filter((s) => s.status === "approved")
  const [{ data: stored }, { data: found }] = await Promise.all([
    query.graph({ entity: "seller", fields: ["id", "profile.handle"], filters: { id: approved.map((s) => s.id) } }),
    query.graph({
      entity: "product",
      fields: ["id", "handle", "status", "thumbnail", "seller.id", "seller.status"],
      filters: { handle: [...new Set(demoPosts.flatMap((p) => p.images.flatMap((i) => [i.photo, ...i.tags])))] },
    }),
  ])
  const products = new Map(
    found
      .filter((p) => p.thumbnail && p.status === "published" && p.seller?.status === "approved")
      .map((p) => [p.handle, { id: p.id, url: p.thumbnail!, seller_id: p.seller!.id }])
  )
  const actors = new Map<string, Actor>([
    ...shoppers.map((s) => [s.handle, s.actor] as const),
    ...approved.map((s) => [s.handle, { type: "seller", id: s.id }] as const),
  ])

  // A seller's profile handle is the seller's unless a customer had taken it.
  const profileHandles = new Map(stored.map((s) => [s.id, (s as { profile?: { handle: string } | null }).profile?.handle]))
  const follows = followGraph(shoppers, approved.flatMap((s) => profileHandles.get(s.id) ?? []))
  for (const { actor, handle } of follows) {
    await setFollowWorkflow(container).run({ input: { actor, handle, follow: true } })
  }

  // In the file's order, so that the feed (newest first) opens with its last post.
  const posts: SeededPost[] = []
  let images = 0
  let tags = 0
  const hashtags = new Set<string>()
  for (const [index, post] of demoPosts.entries()) {
    const author = actors.get(post.by)
    const shown = post.images
      .filter((image) => products.has(image.photo))
      .map((image, k) => ({
        url: products.get(image.photo)!.url,
        tags: image.tags
          .filter((h) => products.has(h))
          .map((h, j) => ({ product_id: products.get(h)!.id, ...spot(index, k, j) })),
      }))
    if (!author || !shown.length) continue
    const { result } = await createPostWorkflow(container).run({ input: { author, caption: post.caption, images: shown } })
    const tagged = post.images.flatMap((image) => image.tags.filter((h) => products.has(h)))
    const sellerIds = new Set(tagged.map((h) => products.get(h)!.seller_id))
    posts.push({ id: result.id, index, author, sellers: sellerIds, comments: post.comments ?? [] })
    images += shown.length
    tags += tagged.length
    parseHashtags(post.caption).forEach((tag) => hashtags.add(tag))
  }

  const likes = likesOf(posts, shoppers)
  for (const { actor, post_id } of likes) {
    await setLikeWorkflow(container).run({ input: { actor, post_id, like: true } })
  }

  let comments = 0
  for (const post of posts) {
    for (const comment of post.comments) {
      const actor = actors.get(comment.by)
      if (!actor) continue
      const { result } = await addCommentWorkflow(container).run({ input: { actor, post_id: post.id, body: comment.body } })
      comments++
      for (const reply of comment.replies ?? []) {
        const replier = actors.get(reply.by)
        if (!replier) continue
        await addCommentWorkflow(container).run({
          input: { actor: replier, post_id: post.id, body: reply.body, parent_id: result.id },
        })
        comments++
      }
    }
  }
  log(
    `social: ${posts.length} posts with ${images} images, ${tags} product tags and ${hashtags.size} hashtags; ` +
      `${follows.length} follows, ${likes.length} likes, ${comments} comments`
  )
  // The seed does not wait for the subscribers that fan posts out; the feeds are derived in one go.
  const { result: feeds } = await rebuildFeedsWorkflow(container).run()
  log(`feeds: ${feeds.posts} posts indexed, ${feeds.timelines} timelines built`)
}

/** Registers each demo shopper missing by e-mail as a customer account and gives it its profile unless it has one. */
async function seedShoppers(container: MedusaContainer, log: Log): Promise<Shopper[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "profile.id"],
    filters: { email: demoShoppers.map((s) => s.email), has_account: true },
  })
  const present = new Map(data.map((c) => [c.email, c as { id: string; profile?: { id: string } | null }]))
  const missing = demoShoppers.filter((s) => !present.has(s.email))
  // Registering hashes the password, which is slow; the identities are registered side by side.
  const identities = await Promise.all(missing.map((s) => ensureIdentity(container, s.email, demoShopperPassword)))

  const shoppers: Shopper[] = []
  for (const shopper of demoShoppers) {
    let customer = present.get(shopper.email)
    if (!customer) {
      const { email, first_name, last_name } = shopper
      const { result } = await createCustomerAccountWorkflow(container).run({
        input: { authIdentityId: identities[missing.indexOf(shopper)].id, customerData: { email, first_name, last_name } },
      })
      customer = { id: result.id }
    }
    let profileId = customer.profile?.id
    if (!profileId) {
      const { handle, display_name, bio } = shopper
      const { result } = await upsertCustomerProfileWorkflow(container).run({
        input: { customer_id: customer.id, fields: { handle, display_name, bio } },
      })
      profileId = result.profile.id
    }
    shoppers.push({ ...shopper, actor: { type: "customer", id: customer.id }, profile_id: profileId })
  }
  log(`shoppers: ${missing.length} created, ${demoShoppers.length - missing.length} present`)
  log(`shoppers: ${demoShoppers.map((s) => s.email).join(", ")}, password ${demoShopperPassword}`)
  return shoppers
}

/**
 * Shopper i follows two or three of the sellers and two to five shoppers: the first two shoppers
 * (who so become the popular ones), then others spread by i.
 */
function followGraph(shoppers: Shopper[], sellerHandles: string[]): { actor: Actor; handle: string }[] {
  const n = shoppers.length
  return shoppers.flatMap(({ actor }, i) => {
    const sellers = sellerHandles.slice(i % 3 === 2 ? 1 : 0).slice(0, 2 + (i % 2))
    const picks: number[] = []
    for (let k = 0; picks.length < 2 + (i % 4) && k < 2 * n; k++) {
      const j = k < 2 ? k : (i + 2 * k + 1) % n
      if (j !== i && !picks.includes(j)) picks.push(j)
    }
    return [...sellers, ...picks.map((j) => shoppers[j].handle)].map((handle) => ({ actor, handle }))
  })
}

/**
 * Who likes which post: each shopper about a third of the posts (more of the popular shoppers'), and
 * each seller the posts tagging its products; nobody likes their own post.
 */
function likesOf(posts: SeededPost[], shoppers: Shopper[]): { actor: Actor; post_id: string }[] {
  const popular = new Set(shoppers.slice(0, 2).map((s) => s.actor.id))
  return posts.flatMap((post) => {
    const share = 2 + (post.index % 4) + (popular.has(post.author.id) ? 3 : 0)
    const fans = shoppers.filter((_, i) => (i * 7 + post.index * 11) % 10 < share).map((s) => s.actor)
    const sellers = [...post.sellers].map((id): Actor => ({ type: "seller", id }))
    return [...fans, ...sellers].filter((actor) => actor.id !== post.author.id).map((actor) => ({ actor, post_id: post.id }))
  })
}

/** Where tag j on image k of post p sits (x, y in 0..1): spread over the picture, away from its edges. */
function spot(p: number, k: number, j: number) {
  const round = (v: number) => Math.round(v * 100) / 100
  return { x: round(0.2 + 0.3 * j + 0.05 * (p % 3)), y: round(0.3 + 0.15 * ((p + k + j) % 4)) }
}
