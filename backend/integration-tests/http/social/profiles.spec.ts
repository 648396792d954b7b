import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "../../helpers/marketplace"
import { signedInCustomer } from "../../helpers/social"
import { explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    const customer = (email: string, first_name: string) => signedInCustomer(api, shop, email, first_name)

    const count = async (table: string) => Number((await dbConnection.raw(`select count(*) as n from "${table}" where deleted_at is null`)).rows[0].n)

    it("creates a profile on request and updates it, with a free handle and validated fields", async () => {
      const ok = explained(api)
      const eleni = await customer("eleni@example.com", "Eleni")
      expect((await failure(api.get("/store/profiles/me", eleni))).status).toEqual(404)
      expect((await failure(api.get("/store/profiles/me", { headers: shop.headers }))).status).toEqual(401)
      const { status, data } = await ok.post("/store/profiles/me", { bio: "Honey hunter" }, eleni)
      expect(status).toEqual(201)
      const { data: mine } = await ok.get("/store/profiles/me", eleni)
      expect(mine.profile).toEqual(data.profile)
      expect(data.profile).toEqual(expect.objectContaining({ handle: "eleni-test", display_name: "Eleni Test", bio: "Honey hunter", kind: "customer", followers_count: 0 }))

      const { data: renamed } = await ok.post("/store/profiles/me", { handle: "eleni_k", display_name: "Eleni K." }, eleni)
      expect(renamed.profile).toEqual(expect.objectContaining({ handle: "eleni_k", display_name: "Eleni K.", bio: "Honey hunter" }))
      const { data: read } = await ok.get("/store/profiles/eleni_k", { headers: shop.headers })
      expect(read.profile.id).toEqual(renamed.profile.id)

      const other = await customer("eleni2@example.com", "Eleni")
      const { data: second } = await ok.post("/store/profiles/me", {}, other)
      expect(second.profile.handle).toEqual("eleni-test")

      const before = await count("profile")
      for (const [body, field] of [
        [{ handle: "eleni_k" }, "handle"],
        [{ handle: "Bad Handle" }, "handle"],
        [{ kind: "seller" }, "kind"],
        [{ followers_count: 1000 }, "followers_count"],
        [{ avatar_url: "javascript:alert(1)" }, "avatar_url"],
      ] as const) {
        const res = await failure(api.post("/store/profiles/me", body, other))
        expect({ field, status: res.status }).toEqual({ field, status: 400 })
        expect(res.data.message).toContain(field)
      }
      expect(await count("profile")).toEqual(before)
      expect((await failure(api.post("/store/profiles/me", {}, { headers: shop.headers }))).status).toEqual(401)
      expect((await failure(api.get("/store/profiles/nobody-here", { headers: shop.headers }))).status).toEqual(404)
    })

    it("follows and unfollows idempotently, creating the follower's profile on its first follow", async () => {
      const ok = explained(api)
      const maker = await customer("maker@example.com", "Maker")
      await ok.post("/store/profiles/me", { handle: "the-maker" }, maker)
      const fan = await customer("fan@example.com", "Fan")

      const follows = await Promise.all([1, 2, 3].map(() => ok.post("/store/profiles/the-maker/follow", {}, fan)))
      expect(follows.filter((r) => r.data.changed)).toHaveLength(1)
      expect(follows[0].data.profile.followed_by_me).toBe(true)
      const { data } = await ok.get("/store/profiles/the-maker", fan)
      expect(data.profile).toEqual(expect.objectContaining({ followers_count: 1, followed_by_me: true }))
      const { data: me } = await ok.get("/store/profiles/fan-test", fan)
      expect(me.profile.following_count).toEqual(1)

      const self = await failure(api.post("/store/profiles/fan-test/follow", {}, fan))
      expect(self.status).toEqual(400)
      expect((await failure(api.post("/store/profiles/the-maker/follow", {}, { headers: shop.headers }))).status).toEqual(401)
      expect((await failure(api.post("/store/profiles/nobody-here/follow", {}, fan))).status).toEqual(404)

      await ok.delete("/store/profiles/the-maker/follow", fan)
      const { data: again } = await ok.delete("/store/profiles/the-maker/follow", fan)
      expect(again).toEqual(expect.objectContaining({ changed: false, profile: expect.objectContaining({ followers_count: 0 }) }))
      expect(await count("follow")).toEqual(0)
    })

    it("lists followers and following newest first, a page at a time", async () => {
      const ok = explained(api)
      const star = await customer("star@example.com", "Star")
      await ok.post("/store/profiles/me", { handle: "star" }, star)
      const fans = []
      for (const name of ["Ann", "Bob", "Cem"]) {
        const fan = await customer(`${name.toLowerCase()}@example.com`, name)
        await ok.post("/store/profiles/star/follow", {}, fan)
        fans.push(fan)
      }

      const { data: first } = await ok.get("/store/profiles/star/followers?limit=2", { headers: shop.headers })
      expect(first.profiles.map((p: any) => p.handle)).toEqual(["cem-test", "bob-test"])
      expect(first.next_cursor).toEqual(expect.any(String))
      const { data: second } = await ok.get(`/store/profiles/star/followers?limit=2&cursor=${first.next_cursor}`, { headers: shop.headers })
      expect(second).toEqual({ profiles: [expect.objectContaining({ handle: "ann-test" })], next_cursor: null })

      const { data: following } = await ok.get("/store/profiles/ann-test/following", { headers: shop.headers })
      expect(following.profiles.map((p: any) => p.handle)).toEqual(["star"])

      const bad = await failure(api.get("/store/profiles/star/followers?cursor=not-a-cursor", { headers: shop.headers }))
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toContain("cursor")
      expect((await failure(api.get("/store/profiles/star/followers?limit=0", { headers: shop.headers }))).status).toEqual(400)
      expect((await failure(api.get("/store/profiles/nobody-here/followers", { headers: shop.headers }))).status).toEqual(404)
    })
  },
})
