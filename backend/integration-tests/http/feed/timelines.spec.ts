import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FEED_MODULE } from "../../../src/modules/feed"
import FeedModuleService from "../../../src/modules/feed/service"
import { fanOutPostWorkflow, resumeFanOutsWorkflow } from "../../../src/workflows/feed"
import { postIndexes } from "../../../src/workflows/feed/steps/post-index"
import { feedPage, publish, socialMe } from "../../helpers/feed"
import { eventually, signInAdmin } from "../../helpers/marketplace"
import { signedInCustomer, Viewer } from "../../helpers/social"
import { explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(240_000)

type Member = Viewer & { customer_id: string; profile_id: string; handle: string }

// Small numbers make the cap, the high-follower threshold and the batches visible with a few profiles.
const CAP = 5
const THRESHOLD = 3
const FEED_ENV = { FEED_TIMELINE_CAP: String(CAP), FEED_FANOUT_THRESHOLD: String(THRESHOLD), FEED_FANOUT_BATCH: "2" }
// The runner reads medusa-config before it applies its `env` option, so the variables are set here.
Object.assign(process.env, FEED_ENV)
afterAll(() => Object.keys(FEED_ENV).forEach((name) => delete process.env[name]))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    const rows = async (sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => (await dbConnection.raw(sql, params)).rows
    const entries = (postId: string) =>
      rows(`select profile_id, count(*)::int as n from timeline_entry where post_id = ? and deleted_at is null group by profile_id`, [postId])

    async function member(handle: string): Promise<Member> {
      const viewer = await signedInCustomer(api, shop, `${handle}@example.com`)
      return { ...viewer, ...(await socialMe(api, viewer, handle)), handle }
    }
    const follow = (who: Member, whom: Member) => explained(api).post(`/store/profiles/${whom.handle}/follow`, {}, who)
    const following = async (who: Member) => (await feedPage(api, who, "following", { limit: 50 })).posts.map((p) => p.id)

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    it("delivers a post to each follower's timeline once, keeps the cap, and takes unfollowed and hidden posts out", async () => {
      const author = await member("feed-author")
      const fans = [await member("fan-one"), await member("fan-two"), await member("fan-three")]
      for (const fan of fans) await follow(fan, author)

      // Following someone builds a timeline; the author follows nobody and has none (it reads by the pull query).
      const first = await publish(getContainer(), author.customer_id, "First #feedtest")
      await eventually(async () => (await entries(first)).length === fans.length)
      const delivered = await entries(first)
      expect(delivered.map((e) => e.profile_id).sort()).toEqual(fans.map((m) => m.profile_id).sort())
      expect(delivered.every((e) => e.n === 1)).toBe(true)
      for (const fan of fans) expect(await following(fan)).toEqual([first])

      // Six more posts: every timeline keeps only the newest CAP.
      const posts = [first]
      for (let i = 2; i <= 7; i++) posts.push(await publish(getContainer(), author.customer_id, `Post ${i}`))
      await eventually(async () => (await entries(posts[6])).length === fans.length)
      for (const fan of fans) {
        expect(await following(fan)).toEqual(posts.slice(-CAP).reverse())
        const [timeline] = await rows(`select size, (select count(*)::int from timeline_entry where profile_id = ?) as n from timeline where id = ?`, [
          fan.profile_id,
          fan.profile_id,
        ])
        expect(timeline).toEqual({ size: CAP, n: CAP })
      }

      // Unfollowing takes the author's posts out of that timeline only.
      await explained(api).delete(`/store/profiles/${author.handle}/follow`, fans[1])
      await eventually(async () => (await following(fans[1])).length === 0)
      expect(await following(fans[0])).toHaveLength(CAP)

      // A hidden post leaves every timeline (and explore); restoring it brings it back.
      const admin = await signInAdmin(api)
      await explained(api).post(`/admin/social/posts/${posts[6]}/hide`, {}, { headers: admin.headers })
      await eventually(async () => (await entries(posts[6])).length === 0)
      expect(await following(fans[0])).not.toContain(posts[6])
      expect((await feedPage(api, { headers: shop.headers }, "explore", { limit: 100 })).posts.map((p) => p.id)).not.toContain(posts[6])
      await explained(api).post(`/admin/social/posts/${posts[6]}/restore`, {}, { headers: admin.headers })
      await eventually(async () => (await following(fans[0]))[0] === posts[6])
    })

    it("merges the posts of an author above the follower threshold at read time, without fanning them out", async () => {
      const star = await member("feed-star")
      const fans = [await member("star-fan-1"), await member("star-fan-2"), await member("star-fan-3"), await member("star-fan-4")]
      for (const fan of fans) await follow(fan, star)
      const timelines = `select count(*)::int as n from timeline where id in (${fans.map(() => "?").join(", ")})`
      await eventually(async () => (await rows(timelines, fans.map((f) => f.profile_id)))[0].n === fans.length)

      const post = await publish(getContainer(), star.customer_id, "A post for many #starpost")
      // It is indexed, but no timeline gets it.
      await eventually(async () => (await rows(`select id from fan_out where id = ?`, [post])).length === 0 && (await rows(`select id from feed_post where id = ?`, [post])).length === 1)
      expect(await entries(post)).toHaveLength(0)
      for (const fan of fans) expect(await following(fan)).toEqual([post])

      // A fan who also follows a fanned-out author sees both, newest first, each once.
      const small = await member("small-author")
      await follow(fans[0], small)
      const later = await publish(getContainer(), small.customer_id, "Later")
      await eventually(async () => (await following(fans[0]))[0] === later)
      expect(await following(fans[0])).toEqual([later, post])
    })

    it("reads the followees' posts directly for a profile without a timeline, until a follow builds it whole", async () => {
      const [reader, first, second] = [await member("old-reader"), await member("old-first"), await member("old-second")]
      await follow(reader, first)
      const older = await publish(getContainer(), first.customer_id, "Before the feeds")
      await eventually(async () => (await entries(older)).length === 1)
      // As if the follow predated the feeds: no timeline. Fan-outs leave it so; the feed is still complete.
      await rows(`delete from timeline_entry where profile_id = ?`, [reader.profile_id])
      await rows(`delete from timeline where id = ?`, [reader.profile_id])
      const newer = await publish(getContainer(), first.customer_id, "After")
      await eventually(async () => (await rows(`select id from fan_out where id = ?`, [newer])).length === 0 && (await rows(`select id from feed_post where id = ?`, [newer])).length === 1)
      expect(await rows(`select id from timeline where id = ?`, [reader.profile_id])).toEqual([])
      expect(await following(reader)).toEqual([newer, older])

      // The next follow builds the whole timeline, not just the new followee's part.
      const third = await publish(getContainer(), second.customer_id, "From the second")
      await eventually(() => rows(`select id from feed_post where id = ?`, [third]).then((r) => r.length === 1))
      await follow(reader, second)
      await eventually(async () => (await rows(`select size from timeline where id = ?`, [reader.profile_id]))[0]?.size === 3)
      expect(await following(reader)).toEqual([third, newer, older])
    })

    it("resumes a fan-out whose process died after its first batch, without duplicates or misses", async () => {
      const container = getContainer()
      const feed = container.resolve<FeedModuleService>(FEED_MODULE)
      const author = await member("crash-author")
      const fans = [await member("crash-fan-1"), await member("crash-fan-2"), await member("crash-fan-3")]
      for (const fan of fans) await follow(fan, author)
      await eventually(async () => (await rows(`select followers_count from profile where id = ?`, [author.profile_id]))[0].followers_count === 3)
      // Each follow's subscriber builds the fan's timeline (on the Redis event bus, a moment later); one still
      // running after the post below is written would copy it into that fan's timeline and spoil the crash.
      const fanIds = fans.map((f) => f.profile_id)
      await eventually(async () => (await rows(`select id from timeline where id in (?, ?, ?)`, fanIds)).length === 3)

      // The post is written without its event, then indexed and fanned out the way fanOutPostWorkflow
      // does until the process "dies" after the first batch (FEED_FANOUT_BATCH=2): the state a crash leaves.
      const [{ id: postId }] = await rows(
        `insert into post (id, profile_id, caption) values ('post_crash_test', ?, 'Crash') returning id`,
        [author.profile_id]
      )
      await feed.indexPosts(await postIndexes(container, [postId]), { fanOut: true })
      const ordered = fans.map((f) => f.profile_id).sort()
      await feed.deliver(postId, [author.profile_id], null)
      await feed.deliver(postId, ordered.slice(0, 2), ordered[1])
      const reached = async () => (await entries(postId)).map((e) => e.profile_id).sort()
      expect(await reached()).toEqual(ordered.slice(0, 2))

      // A live fan-out is not taken over; one idle for longer than the limit is, from where it stopped.
      expect((await resumeFanOutsWorkflow(container).run({ input: { stalled_seconds: 60 } })).result).toEqual([])
      await rows(`update fan_out set updated_at = now() - interval '2 minutes' where id = ?`, [postId])
      const { result } = await resumeFanOutsWorkflow(container).run({ input: { stalled_seconds: 60 } })
      expect(result).toEqual([{ id: postId, delivered: 1 }])
      expect(await reached()).toEqual(ordered)
      expect(await rows(`select id from fan_out where id = ?`, [postId])).toEqual([])

      // Redoing the whole fan-out (as after a crash between a batch's commit and its step's end) adds nothing.
      await fanOutPostWorkflow(container).run({ input: { post_id: postId } })
      const after = await entries(postId)
      expect(after.map((e) => e.profile_id).sort()).toEqual(ordered)
      expect(after.every((e) => e.n === 1)).toBe(true)
      for (const fan of fans) expect((await following(fan)).filter((id) => id === postId)).toHaveLength(1)
    })
  },
})
