import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { approveSeller, eventually, failure, listApprovedProduct, registerSeller, SellerActor, signInAdmin } from "../../helpers/marketplace"
import { uploadTwoImages, Viewer } from "../../helpers/social"
import { checkout, explained, seedShop, Shop, signUpCustomer } from "../../helpers/store"

jest.setTimeout(300_000)

type Db = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }
type Customer = Viewer & { id: string; email: string; token: string }
type Purchase = { orderId: string; lineId: string; fulfillmentId: string }

const review = (rating: number, extra: object = {}) => ({ rating, title: `${rating} stars`, body: `Rated ${rating} after a month of use.`, ...extra })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    const ok = explained(api)
    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Db

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    const customer = async (email: string, first_name = "Anna", last_name = "Hoffmann"): Promise<Customer> => {
      const token = await signUpCustomer(api, shop, { email, first_name, last_name })
      const headers = { ...shop.headers, authorization: `Bearer ${token}` }
      const { data } = await ok.get("/store/customers/me", { headers })
      return { headers, id: data.customer.id, email, token }
    }

    /** A seller with one approved product (stock for many buyers). */
    const sellerWithProduct = async (handle: string, title: string) => {
      const admin = await signInAdmin(api)
      const seller = await registerSeller(api, handle, title.split(" ")[0])
      await approveSeller(api, admin, seller.id)
      const product = await listApprovedProduct(api, admin, seller, title, 20, 100)
      await eventually(async () => (await api.get(`/store/products?id=${product.id}`, { headers: shop.headers })).data.products.length)
      return { admin, seller, product }
    }

    /** The customer buys one unit and the seller fulfils it; `deliver` marks the parcel delivered. */
    const buy = async (buyer: Customer, seller: SellerActor, variantId: string, { deliver = true } = {}): Promise<Purchase> => {
      const { completed } = await checkout(api, shop, { email: buyer.email, token: buyer.token, variantId, quantity: 1 })
      const order = completed.order
      await eventually(async () => (await ok.get(`/vendor/orders/${order.id}`, { headers: seller.headers }).catch(() => null))?.data.order)
      const { data } = await ok.post(`/vendor/orders/${order.id}/fulfillments`, { items: [{ id: order.items[0].id, quantity: 1 }] }, { headers: seller.headers })
      const purchase = { orderId: order.id, lineId: order.items[0].id, fulfillmentId: data.order.fulfillments[0].id }
      if (deliver) await delivered(seller, purchase)
      return purchase
    }
    const delivered = (seller: SellerActor, p: Purchase) =>
      ok.post(`/vendor/orders/${p.orderId}/fulfillments/${p.fulfillmentId}/mark-as-delivered`, {}, { headers: seller.headers })

    const productReviews = async (productId: string, query = "", viewer?: Viewer) =>
      (await ok.get(`/store/products/${productId}/reviews${query}`, { headers: viewer?.headers ?? shop.headers })).data

    /** The aggregate the published reviews in the database make, for comparison with what the API keeps. */
    const expectedRating = async (column: "product_id" | "seller_id", id: string) => {
      const { rows } = await db().raw(
        `select rating from review where ${column} = ? and status = 'published' and deleted_at is null`,
        [id]
      )
      const ratings = rows.map((r) => Number(r.rating))
      const histogram = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), ratings.filter((r) => r === n).length]))
      const average = ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : 0
      return { average, count: ratings.length, histogram }
    }

    it("lets only the buyer of a delivered line review it, once, with photos; the product and seller show the rating", async () => {
      const { seller, product } = await sellerWithProduct("olive-grove", "Olive Grove Oil")
      const anna = await customer("anna@reviews.example")
      const bob = await customer("bob@reviews.example", "Bob", "Berg")
      const first = await buy(anna, seller, product.variantId, { deliver: false })

      // Bought but not delivered, or never bought: not a verified purchase yet.
      for (const body of [{ line_item_id: first.lineId }, { product_id: product.id }]) {
        const refused = await failure(api.post("/store/reviews", review(5, body), { headers: anna.headers }))
        expect(refused.status).toEqual(403)
        expect(refused.data.message).toContain("once it has been delivered")
      }
      expect((await failure(api.post("/store/reviews", review(5, { product_id: product.id }), { headers: bob.headers }))).status).toEqual(403)
      // Someone else's order line is not found, delivered or not.
      expect((await failure(api.post("/store/reviews", review(1, { line_item_id: first.lineId }), { headers: bob.headers }))).status).toEqual(404)

      // Bad input names the field.
      const bad = [
        [review(6, { line_item_id: first.lineId }), "rating"],
        [review(4, { line_item_id: first.lineId, body: "x".repeat(2001) }), "body"],
        [review(4, { line_item_id: first.lineId, product_id: product.id }), "line_item_id"],
        [review(4, { line_item_id: first.lineId, verified_purchase: false }), "verified_purchase"],
        [review(4, { line_item_id: first.lineId, images: ["file_unknown"] }), "images.0"],
      ] as const
      for (const [body, field] of bad) {
        const refused = await failure(api.post("/store/reviews", body, { headers: anna.headers }))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain(field)
      }

      await delivered(seller, first)
      const photos = await uploadTwoImages(api, anna)
      const { status, data } = await ok.post("/store/reviews", review(4, { line_item_id: first.lineId, images: photos }), { headers: anna.headers })
      expect(status).toEqual(201)
      expect(data.review).toMatchObject({
        product_id: product.id,
        order_id: first.orderId,
        line_item_id: first.lineId,
        rating: 4,
        verified_purchase: true,
        author: { name: "Anna H." },
        status: "published",
        mine: true,
        edited_at: null,
        reply: null,
      })
      expect(data.review.images.map((i: { file_id: string }) => i.file_id)).toEqual(photos)
      expect(new Date(data.review.editable_until).getTime() - new Date(data.review.created_at).getTime()).toEqual(30 * 24 * 3600 * 1000)

      // Once per line: again by line or by product is a conflict.
      for (const body of [{ line_item_id: first.lineId }, { product_id: product.id }]) {
        expect((await failure(api.post("/store/reviews", review(5, body), { headers: anna.headers }))).status).toEqual(409)
      }
      // A second delivered purchase is a second line: two reviews of it sent at once make one.
      const second = await buy(anna, seller, product.variantId)
      const twice = await Promise.all([0, 1].map(() => api.post("/store/reviews", review(2, { product_id: product.id }), { headers: anna.headers }).catch((e: { response: { status: number } }) => e.response)))
      expect(twice.map((r) => r.status).sort()).toEqual([201, 409])
      const { rows } = await db().raw(`select count(*)::int as n from review where line_item_id = ? and deleted_at is null`, [second.lineId])
      expect(rows[0].n).toEqual(1)

      // The product's list, its rating, the product itself and the seller's profile agree.
      const page = await productReviews(product.id, "", anna)
      expect(page.rating).toEqual({ average: 3, count: 2, histogram: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 0 } })
      expect(page.reviews.map((r: { rating: number }) => r.rating)).toEqual([2, 4])
      expect(page.reviews.every((r: { mine: boolean }) => r.mine)).toBe(true)
      expect((await productReviews(product.id)).reviews.some((r: { mine: boolean }) => r.mine)).toBe(false)
      expect((await productReviews(product.id, "?rating=4")).reviews.map((r: { id: string }) => r.id)).toEqual([data.review.id])
      const { data: stored } = await ok.get(`/store/products/${product.id}?region_id=${shop.regionId}`, { headers: shop.headers })
      expect(stored.product.rating).toMatchObject({ average: 3, count: 2, histogram: page.rating.histogram })
      const { data: profile } = await ok.get(`/store/sellers/${seller.handle}`, { headers: shop.headers })
      expect(profile.seller.rating).toMatchObject({ average: 3, count: 2, on_time: { share: 1, counted: 2 } })
      const { data: own } = await ok.get(`/store/reviews?order_id=${first.orderId}`, { headers: anna.headers })
      expect(own.reviews.map((r: { id: string }) => r.id)).toEqual([data.review.id])
      expect((await failure(api.get(`/store/products/prod_unknown/reviews`, { headers: shop.headers }))).status).toEqual(404)
    })

    it("lets the author edit for 30 days and delete; another customer can neither (404)", async () => {
      const { seller, product } = await sellerWithProduct("tea-hills", "Tea Hills Mountain Tea")
      const anna = await customer("anna@edits.example")
      const bob = await customer("bob@edits.example", "Bob", "Berg")
      const bought = await buy(anna, seller, product.variantId)
      const { data } = await ok.post("/store/reviews", review(5, { line_item_id: bought.lineId }), { headers: anna.headers })
      const id = data.review.id

      const others = await Promise.all([
        failure(api.get(`/store/reviews/${id}`, { headers: bob.headers })),
        failure(api.post(`/store/reviews/${id}`, { rating: 1 }, { headers: bob.headers })),
        failure(api.delete(`/store/reviews/${id}`, { headers: bob.headers })),
      ])
      expect(others.map((r) => r.status)).toEqual([404, 404, 404])
      const { data: edited } = await ok.post(`/store/reviews/${id}`, { rating: 3, body: "Good, but the tin dents easily." }, { headers: anna.headers })
      expect(edited.review).toMatchObject({ rating: 3, body: "Good, but the tin dents easily.", title: "5 stars" })
      expect(edited.review.edited_at).not.toBeNull()
      expect((await productReviews(product.id)).rating).toMatchObject({ average: 3, count: 1 })
      expect((await failure(api.post(`/store/reviews/${id}`, {}, { headers: anna.headers }))).status).toEqual(400)

      // Thirty-one days later the review stands as written.
      await db().raw(`update review set created_at = now() - interval '31 days' where id = ?`, [id])
      const late = await failure(api.post(`/store/reviews/${id}`, { rating: 1 }, { headers: anna.headers }))
      expect(late.status).toEqual(403)
      expect(late.data.message).toContain("30 days")
      expect((await productReviews(product.id)).rating).toMatchObject({ average: 3, count: 1 })

      const { data: deleted } = await ok.delete(`/store/reviews/${id}`, { headers: anna.headers })
      expect(deleted).toEqual({ id, object: "review", deleted: true })
      expect(await productReviews(product.id)).toMatchObject({ reviews: [], rating: { average: 0, count: 0 } })
      expect((await failure(api.get(`/store/reviews/${id}`, { headers: anna.headers }))).status).toEqual(404)
    })

    it("keeps the aggregates exact under concurrent reviews, edits and moderation; a hidden review leaves them", async () => {
      const { admin, seller, product } = await sellerWithProduct("stone-ware", "Moss Glaze Bowl No. 3")
      const ratings = [5, 4, 3, 5, 1, 2, 5, 4]
      const buyers = await Promise.all(ratings.map((_, i) => customer(`buyer${i}@bowls.example`, `Buyer${i}`, "Test")))
      const lines: Purchase[] = []
      for (const buyer of buyers) lines.push(await buy(buyer, seller, product.variantId))

      const created = await Promise.all(
        buyers.map((buyer, i) => ok.post("/store/reviews", review(ratings[i], { line_item_id: lines[i].lineId }), { headers: buyer.headers }))
      )
      const ids = created.map((r) => r.data.review.id as string)
      const expected = await expectedRating("product_id", product.id)
      expect(expected.count).toEqual(8)
      expect((await productReviews(product.id)).rating).toEqual(expected)
      expect((await ok.get(`/store/sellers/${seller.handle}`, { headers: shop.headers })).data.seller.rating).toMatchObject(expected)

      // Everyone else marks the first review helpful, twice at once: one vote each. Its author cannot.
      await Promise.all(buyers.slice(1).flatMap((b) => [0, 1].map(() => ok.post(`/store/reviews/${ids[0]}/helpful`, {}, { headers: b.headers }))))
      expect((await failure(api.post(`/store/reviews/${ids[0]}/helpful`, {}, { headers: buyers[0].headers }))).status).toEqual(403)
      const { data: undone } = await ok.delete(`/store/reviews/${ids[0]}/helpful`, { headers: buyers[1].headers })
      expect(undone).toEqual({ review: { id: ids[0], helpful_count: 6, helpful_by_me: false }, changed: true })
      const helpful = await productReviews(product.id, "?sort=helpful&limit=1", buyers[2])
      expect(helpful.reviews[0]).toMatchObject({ id: ids[0], helpful_count: 6, helpful_by_me: true })
      // Cursor pages walk the whole list once, in order.
      const seen: string[] = []
      let cursor: string | null = ""
      while (cursor !== null) {
        const pageOf: { reviews: { id: string }[]; next_cursor: string | null } = await productReviews(product.id, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`)
        seen.push(...pageOf.reviews.map((r) => r.id))
        cursor = pageOf.next_cursor
      }
      expect(seen).toHaveLength(8)
      expect(new Set(seen)).toEqual(new Set(ids))

      // Reported, then hidden: it leaves the list and the aggregates; its report is closed.
      const reported = await ok.post(`/store/reviews/${ids[4]}/reports`, { reason: "fake" }, { headers: buyers[0].headers })
      expect(reported.status).toEqual(201)
      expect((await ok.post(`/store/reviews/${ids[4]}/reports`, { reason: "fake" }, { headers: buyers[0].headers })).status).toEqual(200)
      const { data: queue } = await ok.get("/admin/reviews?status=reported", { headers: admin.headers })
      expect(queue.reviews.map((r: { id: string }) => r.id)).toEqual([ids[4]])
      expect(queue.reviews[0]).toMatchObject({ reports: { open: 1, reasons: ["fake"] }, seller: { id: seller.id }, product: { id: product.id } })

      // Edits, a hide and a deletion all at once.
      await Promise.all([
        ok.post(`/admin/reviews/${ids[4]}/hide`, { reason: "Not about the product" }, { headers: admin.headers }),
        ok.post(`/store/reviews/${ids[1]}`, { rating: 1 }, { headers: buyers[1].headers }),
        ok.post(`/store/reviews/${ids[2]}`, { rating: 5 }, { headers: buyers[2].headers }),
        ok.delete(`/store/reviews/${ids[7]}`, { headers: buyers[7].headers }),
      ])
      const after = await expectedRating("product_id", product.id)
      expect(after.count).toEqual(6)
      expect((await productReviews(product.id)).rating).toEqual(after)
      expect((await ok.get(`/store/sellers/${seller.handle}`, { headers: shop.headers })).data.seller.rating).toMatchObject(after)
      expect((await productReviews(product.id)).reviews.map((r: { id: string }) => r.id)).not.toContain(ids[4])
      expect((await ok.get("/admin/reviews?status=reported", { headers: admin.headers })).data.reviews).toEqual([])
      const { data: hidden } = await ok.get("/admin/reviews?status=hidden", { headers: admin.headers })
      expect(hidden.reviews).toEqual([expect.objectContaining({ id: ids[4], status: "hidden", hidden_reason: "Not about the product" })])
      // A hidden review cannot be reported: it is not found.
      expect((await failure(api.post(`/store/reviews/${ids[4]}/reports`, { reason: "spam" }, { headers: buyers[1].headers }))).status).toEqual(404)

      const { data: restored } = await ok.post(`/admin/reviews/${ids[4]}/restore`, {}, { headers: admin.headers })
      expect(restored.review).toMatchObject({ status: "published", hidden_reason: null })
      const back = await expectedRating("product_id", product.id)
      expect(back.count).toEqual(7)
      expect((await productReviews(product.id)).rating).toEqual(back)
    })

    it("lets the seller reply once to reviews of its own products; another seller's review is not found", async () => {
      const { seller, product } = await sellerWithProduct("wood-craft", "Woodcraft Spoon")
      const other = await registerSeller(api, "other-shop", "Other")
      await approveSeller(api, await signInAdmin(api), other.id)
      const anna = await customer("anna@spoons.example")
      const bought = await buy(anna, seller, product.variantId)
      const { data } = await ok.post("/store/reviews", review(4, { line_item_id: bought.lineId }), { headers: anna.headers })
      const id = data.review.id

      const { data: list } = await ok.get("/vendor/reviews?replied=false", { headers: seller.headers })
      expect(list).toMatchObject({ count: 1, reviews: [{ id, status: "published", product: { id: product.id, title: "Woodcraft Spoon" } }] })
      expect((await ok.get("/vendor/reviews", { headers: other.headers })).data.count).toEqual(0)
      expect((await failure(api.post(`/vendor/reviews/${id}/reply`, { body: "Thanks!" }, { headers: other.headers }))).status).toEqual(404)
      expect((await failure(api.post(`/vendor/reviews/${id}/reply`, { body: "" }, { headers: seller.headers }))).status).toEqual(400)

      const replies = await Promise.all(
        ["Thank you, Anna!", "Thanks again"].map((body) => api.post(`/vendor/reviews/${id}/reply`, { body }, { headers: seller.headers }).catch((e: { response: { status: number } }) => e.response))
      )
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409])
      const { data: page } = await ok.get(`/store/products/${product.id}/reviews`, { headers: shop.headers })
      expect(page.reviews[0].reply).toMatchObject({ seller: { handle: "wood-craft", name: "Woodcraft" } })
      expect(["Thank you, Anna!", "Thanks again"]).toContain(page.reviews[0].reply.body)
      expect((await ok.get("/vendor/reviews?replied=false", { headers: seller.headers })).data.count).toEqual(0)
      expect((await ok.get("/vendor/reviews?replied=true", { headers: seller.headers })).data.count).toEqual(1)
    })
  },
})
