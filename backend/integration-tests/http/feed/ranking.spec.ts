import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FEED_MODULE } from "../../../src/modules/feed"
import FeedModuleService from "../../../src/modules/feed/service"
import { indexPostWorkflow, refreshTrendingWorkflow } from "../../../src/workflows/feed"
import { feedPage, publish, socialMe } from "../../helpers/feed"
import { eventually, failure } from "../../helpers/marketplace"
import { publishedProductIds, signedInCustomer, Viewer } from "../../helpers/social"
import { checkout, explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(300_000)

type Member = Viewer & { customer_id: string; profile_id: string; handle: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let anonymous: Viewer
    const rows = async (sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => (await dbConnection.raw(sql, params)).rows
    const indexed = async (postId: string) => (await rows(`select id from feed_post where id = ?`, [postId])).length === 1

    async function member(handle: string): Promise<Member> {
      const viewer = await signedInCustomer(api, shop, `${handle}@example.com`)
      return { ...viewer, ...(await socialMe(api, viewer, handle)), handle }
    }
    const ids = (posts: { id: string }[]) => posts.map((p) => p.id)

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      anonymous = { headers: shop.headers }
    })

    it("pages through 100 posts with no duplicates or gaps while new posts arrive between pages", async () => {
      const author = await member("prolific")
      const reader = await member("reader")
      await explained(api).post(`/store/profiles/${author.handle}/follow`, {}, reader)
      const posts: string[] = []
      for (let i = 0; i < 100; i++) posts.push(await publish(getContainer(), author.customer_id, `Post ${i}`))
      await eventually(async () => (await rows(`select count(*)::int as n from timeline_entry where profile_id = ?`, [reader.profile_id]))[0].n === 100, 60_000)

      const seen: string[] = []
      let cursor: string | null = null
      do {
        const page = await feedPage(api, reader, "following", { limit: 7, cursor })
        seen.push(...ids(page.posts))
        cursor = page.next_cursor
        await publish(getContainer(), author.customer_id, "Arrives between pages")
      } while (cursor)
      expect(seen).toEqual([...posts].reverse())

      // Explore pages the same way by score.
      const explored: string[] = []
      cursor = null
      do {
        const page = await feedPage(api, anonymous, "explore", { limit: 9, cursor })
        explored.push(...ids(page.posts))
        cursor = page.next_cursor
      } while (cursor)
      expect(new Set(explored).size).toEqual(explored.length)
      expect(explored).toEqual(expect.arrayContaining(posts))
    })

    it("ranks a fresh post with some engagement above an old one with more, and heats their hashtags", async () => {
      const author = await member("ranked-author")
      const likers = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => member(`liker-${i}`)))
      const old = await publish(getContainer(), author.customer_id, "Old favourite #evergreen")
      const fresh = await publish(getContainer(), author.customer_id, "Just in #freshdrop")
      await eventually(async () => (await indexed(old)) && (await indexed(fresh)))
      for (const liker of likers) await explained(api).post(`/store/posts/${old}/likes`, {}, liker)
      for (const liker of likers.slice(0, 2)) await explained(api).post(`/store/posts/${fresh}/likes`, {}, liker)
      await eventually(async () => (await rows(`select likes from feed_post where id = ?`, [old]))[0].likes === 6)
      await eventually(async () => (await rows(`select likes from feed_post where id = ?`, [fresh]))[0].likes === 2)

      const order = async () => ids((await feedPage(api, anonymous, "explore", { limit: 100 })).posts)
      // Posted at the same time, more engagement ranks first...
      expect((await order()).indexOf(old)).toBeLessThan((await order()).indexOf(fresh))
      // ...but two days of age (four half-lives) outweigh three times the likes.
      await rows(`update post set created_at = now() - interval '48 hours' where id = ?`, [old])
      await indexPostWorkflow(getContainer()).run({ input: { post_id: old } })
      const ranked = await order()
      expect(ranked.indexOf(fresh)).toBeLessThan(ranked.indexOf(old))

      const { data } = await explained(api).get("/store/hashtags/trending?limit=50", anonymous)
      const tags = data.hashtags.map((h: { tag: string }) => h.tag)
      expect(tags).toEqual(expect.arrayContaining(["freshdrop", "evergreen"]))
      expect(tags.indexOf("freshdrop")).toBeLessThan(tags.indexOf("evergreen"))
      expect(data).toEqual(expect.objectContaining({ count: expect.any(Number), offset: 0, limit: 50 }))
    })

    it("recounts engagement that sends no event (an unlike) in the trending job", async () => {
      const author = await member("recount-author")
      const liker = await member("recount-liker")
      const post = await publish(getContainer(), author.customer_id, "Liked, then not #recount")
      await eventually(() => indexed(post))
      await explained(api).post(`/store/posts/${post}/likes`, {}, liker)
      await eventually(async () => (await rows(`select likes from feed_post where id = ?`, [post]))[0].likes === 1)
      const [liked] = await rows(`select score from feed_post where id = ?`, [post])
      await explained(api).delete(`/store/posts/${post}/likes`, liker)

      await refreshTrendingWorkflow(getContainer()).run()
      const [after] = await rows(`select likes, score from feed_post where id = ?`, [post])
      expect(after.likes).toEqual(0)
      expect(after.score).toBeLessThan(liked.score)
    })

    it("fills for-you with posts on the topics a profile engaged with, never its own or its followees'", async () => {
      const viewer = await member("for-you-viewer")
      const [maker, other, followed, newcomer] = await Promise.all(["ceramics-maker", "other-maker", "followed-maker", "newcomer"].map(member))
      await explained(api).post(`/store/profiles/${followed.handle}/follow`, {}, viewer)
      const liked = await publish(getContainer(), maker.customer_id, "Glazed bowls #stoneware")
      const sameTopic = await publish(getContainer(), other.customer_id, "More bowls #stoneware")
      const otherTopic = await publish(getContainer(), other.customer_id, "Socks #knitting")
      const byFollowed = await publish(getContainer(), followed.customer_id, "From someone followed #stoneware")
      const own = await publish(getContainer(), viewer.customer_id, "My own #stoneware")
      await eventually(async () => (await Promise.all([liked, sameTopic, otherTopic, byFollowed, own].map(indexed))).every(Boolean))
      await explained(api).post(`/store/posts/${liked}/likes`, {}, viewer)
      await eventually(async () => (await rows(`select weight from interest where profile_id = ? and topic = '#stoneware'`, [viewer.profile_id])).length === 1)

      const forYou = ids((await feedPage(api, viewer, "for_you", { limit: 100 })).posts)
      expect(forYou).not.toContain(own)
      expect(forYou).not.toContain(byFollowed)
      expect(forYou).toEqual(expect.arrayContaining([sameTopic, otherTopic]))
      expect(forYou.indexOf(sameTopic)).toBeLessThan(forYou.indexOf(otherTopic))

      // A profile with no history gets explore (without its own posts).
      const fallback = ids((await feedPage(api, newcomer, "for_you", { limit: 100 })).posts)
      expect(fallback).toEqual(expect.arrayContaining([liked, sameTopic, otherTopic, byFollowed, own]))
    })

    it("rebuilds a profile's interests while an engagement records one of the same topic", async () => {
      const feed = getContainer().resolve<FeedModuleService>(FEED_MODULE)
      const { profile_id } = await member("rebuilt-interests")
      // An engagement's insert is under way (uncommitted) when the rebuild deletes and inserts.
      const engagement = await dbConnection.transaction()
      await engagement.raw(`insert into interest (id, profile_id, topic, weight) values ('int_racing', ?, '#racing', 1)`, [profile_id])
      const rebuild = feed.replaceInterests(profile_id, [{ topic: "#racing", weight: 3 }, { topic: "#calm", weight: 1 }])
      await eventually(async () => (await rows(`select 1 from pg_locks where not granted`)).length > 0)
      await engagement.commit()
      await rebuild
      expect(await rows(`select topic, weight from interest where profile_id = ? order by topic`, [profile_id])).toEqual([
        { topic: "#calm", weight: 1 },
        { topic: "#racing", weight: 3 },
      ])
    })

    it("records product-tag clicks once per viewer for ranking, and limits their rate", async () => {
      const author = await member("click-author")
      const clicker = await member("clicker")
      const [product, untagged] = await publishedProductIds(api, shop, 2)
      const post = await publish(getContainer(), author.customer_id, "Tagged", [product])
      await eventually(() => indexed(post))
      const click = (body: object, viewer: Viewer = clicker) => api.post(`/store/posts/${post}/product-clicks`, body, viewer)

      const { status, data } = await click({ product_id: product })
      expect(status).toEqual(201)
      expect(data.click).toEqual({ id: expect.any(String), post_id: post, product_id: product })
      await click({ product_id: product })
      await click({ product_id: product }, anonymous)
      expect((await rows(`select clicks from feed_post where id = ?`, [post]))[0].clicks).toEqual(2)
      expect((await rows(`select count(*)::int as n from product_click where post_id = ?`, [post]))[0].n).toEqual(3)

      expect((await failure(click({ product_id: untagged }))).status).toEqual(400)
      expect((await failure(click({ product_id: product, extra: 1 }))).status).toEqual(400)
      expect((await failure(api.post(`/store/posts/post_missing/product-clicks`, { product_id: product }, clicker))).status).toEqual(404)

      // 2 clicks so far; 20 more, then 12 at once: the limit of 30 holds under parallel requests too.
      for (let i = 0; i < 20; i++) await click({ product_id: product })
      const burst = await Promise.all(Array.from({ length: 12 }, () => failure(click({ product_id: product }))))
      expect(burst.map((r) => r.status).sort()).toEqual([...Array(8).fill(201), ...Array(4).fill(429)])
      const limited = burst.find((r) => r.status === 429)!
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      expect((await rows(`select count(*)::int as n from product_click where viewer = ?`, [clicker.profile_id]))[0].n).toEqual(30)
    })

    it("counts an order on the recent posts tagging its products, once, and on the buyer's interests", async () => {
      const author = await member("purchase-author")
      const buyer = await member("buyer")
      const [{ product_id: productId }] = await rows(
        `select product_id from product_category_product where product_id in (select id from product where status = 'published') limit 1`
      )
      const categories = (await rows(`select product_category_id as id from product_category_product where product_id = ?`, [productId])).map(
        (c) => `category:${c.id}`
      )
      const post = await publish(getContainer(), author.customer_id, "Buy this #boughtit", [productId])
      await eventually(() => indexed(post))
      const { data } = await explained(api).get(`/store/products/${productId}?fields=variants.id`, anonymous)
      const token = buyer.headers.authorization.replace("Bearer ", "")
      await checkout(api, shop, { email: "buyer@example.com", token, variantId: data.product.variants[0].id, quantity: 1 })

      await eventually(async () => (await rows(`select purchases from feed_post where id = ?`, [post]))[0].purchases === 1)
      expect(await rows(`select count(*)::int as n from post_purchase where post_id = ?`, [post])).toEqual([{ n: 1 }])
      expect(categories.length).toBeGreaterThan(0)
      const interests = async () => (await rows(`select topic from interest where profile_id = ?`, [buyer.profile_id])).map((i) => i.topic)
      await eventually(async () => {
        const topics = await interests()
        return categories.every((c) => topics.includes(c))
      })
    })

    it("asks for a signed-in customer on the following and for-you feeds and validates the query", async () => {
      for (const type of ["following", "for_you"]) {
        expect((await failure(api.get(`/store/feed?type=${type}`, anonymous))).status).toEqual(401)
      }
      expect((await failure(api.get("/store/feed?type=trending", anonymous))).status).toEqual(400)
      expect((await failure(api.get("/store/feed?limit=101", anonymous))).status).toEqual(400)
      expect((await failure(api.get("/store/feed?cursor=bm90LWEtY3Vyc29y", anonymous))).status).toEqual(400)
      const { data } = await explained(api).get("/store/feed", anonymous)
      expect(Object.keys(data).sort()).toEqual(["next_cursor", "posts"])
    })
  },
})
