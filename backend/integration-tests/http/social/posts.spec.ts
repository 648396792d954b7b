import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { approveSeller, failure, listApprovedProduct, registerSeller, signInAdmin } from "../../helpers/marketplace"
import { publishedProductIds, signedInCustomer, uploadTwoImages, Viewer } from "../../helpers/social"
import { explained, seedShop, Shop } from "../../helpers/store"
import { feedPage } from "../../helpers/feed"
import { demoShopperPassword, demoShoppers } from "../../../src/scripts/seed/social"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let anonymous: Viewer

    beforeAll(async () => {
      shop = await seedShop(getContainer(), { social: true })
      anonymous = { headers: shop.headers }
    })

    it("seeds a social demo: 40+ posts with tags and hashtags, likes, comments and a follow graph", async () => {
      const one = async (sql: string) => (await dbConnection.raw(sql)).rows[0]
      const posts = await one(`select count(*)::int as n, count(distinct profile_id)::int as authors from post where status = 'published'`)
      expect(posts.n).toBeGreaterThanOrEqual(40)
      expect(posts.authors).toBeGreaterThanOrEqual(10)
      expect((await one(`select count(distinct post_id)::int as n from post_tag`)).n).toBeGreaterThanOrEqual(30)
      expect((await one(`select count(distinct post_id)::int as n from post_hashtag`)).n).toBeGreaterThanOrEqual(40)
      expect((await one(`select count(*)::int as n from post_like`)).n).toBeGreaterThanOrEqual(100)
      expect((await one(`select count(*)::int as n from post_comment where parent_id is not null`)).n).toBeGreaterThan(0)
      const follows = await one(
        `select count(*) filter (where p.kind = 'seller')::int as sellers, count(*) filter (where p.kind = 'customer')::int as customers
         from follow f join profile p on p.id = f.followed_id`
      )
      expect(follows.sellers).toBeGreaterThan(0)
      expect(follows.customers).toBeGreaterThan(0)
      // The counters agree with the rows they count.
      const drift = await one(
        `select count(*)::int as n from post where likes_count <> (select count(*) from post_like l where l.post_id = post.id and l.deleted_at is null)
           or comments_count <> (select count(*) from post_comment c where c.post_id = post.id and c.deleted_at is null)`
      )
      expect(drift.n).toEqual(0)

      // Every demo shopper's following, explore and for-you feeds have posts.
      const empty: string[] = []
      for (const shopper of demoShoppers) {
        const { data: auth } = await explained(api).post("/auth/customer/emailpass", { email: shopper.email, password: demoShopperPassword })
        const viewer = { headers: { ...shop.headers, authorization: `Bearer ${auth.token}` } }
        for (const type of ["following", "explore", "for_you"]) {
          if (!(await feedPage(api, viewer, type)).posts.length) empty.push(`${shopper.handle} ${type}`)
        }
      }
      expect(empty).toEqual([])

      // A seller's demo posts are on its profile, with their tagged products priced.
      const { data } = await explained(api).get("/store/profiles/meli-elia/posts?limit=3", anonymous)
      expect(data.posts.length).toBeGreaterThan(0)
      expect(data.posts.flatMap((p: { products: { price: unknown }[] }) => p.products)).toContainEqual(expect.objectContaining({ price: expect.anything() }))
    })

    const ids = (posts: { id: string }[]) => posts.map((p) => p.id)

    it("runs the social journey: post, like, comment, follow, find, report, hide", async () => {
      const ok = explained(api)
      const author = await signedInCustomer(api, shop, "maria@example.com", "Maria")
      const { data: me } = await ok.post("/store/profiles/me", { handle: "maria-makes" }, author)
      const products = await publishedProductIds(api, shop, 3)

      // A post with two images, three product tags and two hashtags.
      const files = await uploadTwoImages(api, author)
      const { status, data: created } = await ok.post(
        "/store/posts",
        {
          caption: "Breakfast on the balcony #Journeyhoney and #ΠρωινόΜέλι, again #journeyHONEY",
          images: [
            { file_id: files[0], tags: [{ product_id: products[0], x: 0.25, y: 0.5 }, { product_id: products[1] }] },
            { file_id: files[1], tags: [{ product_id: products[2], x: 1, y: 0 }] },
          ],
        },
        author
      )
      expect(status).toEqual(201)
      const post = created.post
      expect(post).toEqual(
        expect.objectContaining({
          status: "published",
          likes_count: 0,
          comments_count: 0,
          hashtags: ["journeyhoney", "πρωινόμέλι"],
          author: expect.objectContaining({ handle: "maria-makes", kind: "customer" }),
        })
      )
      expect(post.images).toHaveLength(2)
      expect(post.images[0].url).toMatch(/^http.*\.png$/)
      expect(post.images[0].tags).toEqual([
        expect.objectContaining({ product_id: products[0], x: 0.25, y: 0.5 }),
        expect.objectContaining({ product_id: products[1], x: null, y: null }),
      ])
      expect(post.products).toHaveLength(3)
      for (const product of post.products) {
        expect(product).toEqual(
          expect.objectContaining({ availability: "available", price: { amount: expect.any(Number), currency_code: "eur" } })
        )
      }
      const { data: profile } = await ok.get("/store/profiles/maria-makes", anonymous)
      expect(profile.profile.posts_count).toEqual(1)

      // Likes: 20 customers at once, and one of them again and again; the count stays exact.
      const fans = await Promise.all(Array.from({ length: 20 }, (_, i) => signedInCustomer(api, shop, `fan${i}@example.com`, `Fan${i}`)))
      const likes = await Promise.all([
        ...fans.map((fan) => ok.post(`/store/posts/${post.id}/likes`, {}, fan)),
        ...Array.from({ length: 5 }, () => ok.post(`/store/posts/${post.id}/likes`, {}, fans[0])),
      ])
      expect(likes.filter((r) => r.data.changed)).toHaveLength(20)
      const { data: liked } = await ok.get(`/store/posts/${post.id}`, fans[0])
      expect(liked.post).toEqual(expect.objectContaining({ likes_count: 20, liked_by_me: true }))
      expect((await ok.get(`/store/posts/${post.id}`, anonymous)).data.post.liked_by_me).toBe(false)
      await Promise.all([ok.delete(`/store/posts/${post.id}/likes`, fans[1]), ok.delete(`/store/posts/${post.id}/likes`, fans[1])])
      expect((await ok.get(`/store/posts/${post.id}`, fans[1])).data.post).toEqual(expect.objectContaining({ likes_count: 19, liked_by_me: false }))

      // A comment, the author's reply, and a reply to the reply (which joins the same thread).
      const reader = fans[2]
      const { data: comment } = await ok.post(`/store/posts/${post.id}/comments`, { body: "Where is the jar from?" }, reader)
      const { data: reply } = await ok.post(`/store/posts/${post.id}/comments`, { body: "Crete!", parent_id: comment.comment.id }, author)
      const { data: again } = await ok.post(`/store/posts/${post.id}/comments`, { body: "Thanks", parent_id: reply.comment.id }, reader)
      expect(again.comment.parent_id).toEqual(comment.comment.id)
      const { data: thread } = await ok.get(`/store/posts/${post.id}/comments`, anonymous)
      expect(thread.comments).toEqual([expect.objectContaining({ id: comment.comment.id, replies_count: 2, author: expect.objectContaining({ handle: "fan2-test" }) })])
      const { data: replies } = await ok.get(`/store/posts/${post.id}/comments?parent_id=${comment.comment.id}`, anonymous)
      expect(ids(replies.comments)).toEqual([again.comment.id, reply.comment.id])
      expect((await ok.get(`/store/posts/${post.id}`, anonymous)).data.post.comments_count).toEqual(3)

      // Follow and unfollow.
      await ok.post("/store/profiles/maria-makes/follow", {}, reader)
      expect((await ok.get("/store/profiles/maria-makes", reader)).data.profile).toEqual(expect.objectContaining({ followers_count: 1, followed_by_me: true }))
      await ok.delete("/store/profiles/maria-makes/follow", reader)
      expect((await ok.get("/store/profiles/maria-makes", reader)).data.profile.followers_count).toEqual(0)

      // Found by hashtag (any case, with or without #), from each tagged product and on the profile.
      const lists = [
        "/store/hashtags/journeyhoney/posts",
        "/store/hashtags/JourneyHoney/posts",
        `/store/hashtags/${encodeURIComponent("#ΠρωινόΜέλι")}/posts`,
        ...products.map((id) => `/store/products/${id}/posts`),
        "/store/profiles/maria-makes/posts",
      ]
      for (const list of lists) expect({ list, posts: ids((await ok.get(list, anonymous)).data.posts) }).toEqual({ list, posts: expect.arrayContaining([post.id]) })

      // Reported (once per reader), hidden by an operator: gone from every list and page.
      const { status: reported, data: report } = await ok.post(`/store/posts/${post.id}/reports`, { reason: "counterfeit", note: "Not real honey" }, reader)
      expect(reported).toEqual(201)
      const { status: repeated, data: same } = await ok.post(`/store/posts/${post.id}/reports`, { reason: "spam" }, reader)
      expect({ repeated, id: same.report.id }).toEqual({ repeated: 200, id: report.report.id })
      const admin = await signInAdmin(api)
      const { data: queue } = await ok.get("/admin/social/reports", { headers: admin.headers })
      expect(queue.reports).toEqual([
        expect.objectContaining({
          id: report.report.id,
          reason: "counterfeit",
          status: "open",
          reporter: expect.objectContaining({ handle: "fan2-test" }),
          post: expect.objectContaining({ id: post.id, open_reports: 1, author: expect.objectContaining({ handle: "maria-makes" }) }),
        }),
      ])

      await ok.post(`/admin/social/posts/${post.id}/hide`, {}, { headers: admin.headers })
      for (const list of lists) expect({ list, posts: ids((await ok.get(list, anonymous)).data.posts) }).toEqual({ list, posts: expect.not.arrayContaining([post.id]) })
      expect((await failure(api.get(`/store/posts/${post.id}`, reader))).status).toEqual(404)
      expect((await failure(api.post(`/store/posts/${post.id}/likes`, {}, reader))).status).toEqual(404)
      expect((await ok.get(`/store/posts/${post.id}`, author)).data.post.status).toEqual("hidden")
      expect((await ok.get("/store/profiles/maria-makes", anonymous)).data.profile.posts_count).toEqual(0)
      expect((await ok.get("/admin/social/reports", { headers: admin.headers })).data.reports).toEqual([])
      const { data: resolved } = await ok.get("/admin/social/reports?status=resolved", { headers: admin.headers })
      expect(ids(resolved.reports)).toEqual([report.report.id])

      await ok.post(`/admin/social/posts/${post.id}/restore`, {}, { headers: admin.headers })
      expect(ids((await ok.get("/store/hashtags/journeyhoney/posts", anonymous)).data.posts)).toEqual([post.id])
      expect(me.profile.id).toEqual(post.author.id)
    })

    it("pages lists with cursors, without gaps or repeats", async () => {
      const ok = explained(api)
      const author = await signedInCustomer(api, shop, "pager@example.com", "Pager")
      const files = await uploadTwoImages(api, author)
      const made: string[] = []
      for (let i = 0; i < 5; i++) {
        const { data } = await ok.post("/store/posts", { caption: `Day ${i} #pagedtag`, images: [{ file_id: files[i % 2] }] }, author)
        made.unshift(data.post.id)
      }
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const query: string = cursor ? `&cursor=${cursor}` : ""
        const { data } = await ok.get(`/store/hashtags/pagedtag/posts?limit=2${query}`, anonymous)
        seen.push(...ids(data.posts))
        cursor = data.next_cursor
      } while (cursor)
      expect(seen).toEqual(made)
      expect((await failure(api.get("/store/hashtags/pagedtag/posts?cursor=nonsense", anonymous))).status).toEqual(400)
    })

    it("lets an approved seller post from its own profile, created on approval", async () => {
      const ok = explained(api)
      const admin = await signInAdmin(api)
      const seller = await registerSeller(api, "kreta-oils", "Kreta Oils")
      expect((await failure(api.get("/store/profiles/kreta-oils", anonymous))).status).toEqual(404)
      await approveSeller(api, admin, seller.id)
      const { data: profile } = await ok.get("/store/profiles/kreta-oils", anonymous)
      expect(profile.profile).toEqual(expect.objectContaining({ kind: "seller", display_name: "Kreta Oils" }))

      const files = await uploadTwoImages(api, { headers: seller.headers }, "/vendor/uploads")
      const { data } = await ok.post("/vendor/posts", { caption: "New harvest #oliveoil", images: [{ file_id: files[0] }] }, { headers: seller.headers })
      expect(data.post.author).toEqual(expect.objectContaining({ handle: "kreta-oils", kind: "seller" }))
      const { data: updated } = await ok.post(`/vendor/posts/${data.post.id}`, { caption: "New harvest #oliveoil #crete" }, { headers: seller.headers })
      expect(updated.post.hashtags).toEqual(["crete", "oliveoil"])
      await ok.delete(`/vendor/posts/${data.post.id}`, { headers: seller.headers })
      expect((await failure(api.get(`/store/posts/${data.post.id}`, anonymous))).status).toEqual(404)
    })

    it("keeps a tag when its product stops being sold, and shows it as unavailable", async () => {
      const ok = explained(api)
      const admin = await signInAdmin(api)
      const seller = await registerSeller(api, "last-jars")
      await approveSeller(api, admin, seller.id)
      const product = await listApprovedProduct(api, admin, seller, "Last Jar", 1200, 1)
      const files = await uploadTwoImages(api, { headers: seller.headers }, "/vendor/uploads")
      const { data } = await ok.post(
        "/vendor/posts",
        { caption: "One left", images: [{ file_id: files[0], tags: [{ product_id: product.id, x: 0.5, y: 0.5 }] }] },
        { headers: seller.headers }
      )
      expect(data.post.products).toEqual([expect.objectContaining({ id: product.id, availability: "available", price: { amount: 1200, currency_code: "eur" } })])

      await ok.post(`/admin/products/${product.id}`, { status: "draft" }, { headers: admin.headers })
      const { data: read } = await ok.get(`/store/posts/${data.post.id}`, anonymous)
      expect(read.post.images[0].tags).toEqual([expect.objectContaining({ product_id: product.id })])
      expect(read.post.products).toEqual([expect.objectContaining({ id: product.id, title: "Last Jar", availability: "unavailable", price: null })])
    })
  },
})
