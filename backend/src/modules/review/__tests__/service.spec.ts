import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REVIEW_MODULE } from ".."
import ReviewModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ReviewModuleService>({
  moduleName: REVIEW_MODULE,
  resolve: "./src/modules/review",
  testSuite: ({ service }) => {
    let line = 0
    const write = (rating: number, product_id = "prod_1", seller_id = "sel_1") =>
      service.createReviews({
        product_id,
        seller_id,
        customer_id: `cus_${++line}`,
        order_id: `order_${line}`,
        line_item_id: `ordli_${line}`,
        rating,
        title: "t",
        body: "b",
        author_name: "A.",
      })

    it("recomputes exact aggregates when many reviews and their refreshes interleave", async () => {
      const ratings = Array.from({ length: 40 }, (_, i) => (i % 5) + 1)
      const written = await Promise.all(
        ratings.map(async (rating) => {
          const review = await write(rating)
          await service.refreshRatings({ product_id: "prod_1", seller_id: "sel_1" })
          return review
        })
      )
      const histogram = { "1": 8, "2": 8, "3": 8, "4": 8, "5": 8 }
      const [product] = await service.listProductRatings({ product_id: "prod_1" })
      expect(product).toMatchObject({ count: 40, total: 120, average: 3, histogram })
      const [seller] = await service.listSellerRatings({ seller_id: "sel_1" })
      expect(seller).toMatchObject({ count: 40, total: 120, histogram })

      // Hiding and deleting at once, each followed by its own refresh: the aggregate counts what is left.
      const fives = written.filter((r) => r.rating === 5)
      await Promise.all([
        ...fives.slice(0, 4).map(async (r) => {
          await service.updateReviews({ id: r.id, status: "hidden" })
          await service.refreshRatings({ product_id: "prod_1", seller_id: "sel_1" })
        }),
        ...fives.slice(4).map(async (r) => {
          await service.softDeleteReviews(r.id)
          await service.refreshRatings({ product_id: "prod_1", seller_id: "sel_1" })
        }),
      ])
      const [after] = await service.listProductRatings({ product_id: "prod_1" })
      expect(after).toMatchObject({ count: 32, total: 80, average: 2.5, histogram: { ...histogram, "5": 0 } })
    })

    it("keeps one row per product, separate from other products, and zeros once none is left", async () => {
      const review = await write(4, "prod_2", "sel_2")
      await write(2, "prod_3", "sel_2")
      await Promise.all([service.refreshRatings({ product_id: "prod_2" }), service.refreshRatings({ product_id: "prod_3", seller_id: "sel_2" })])
      expect((await service.listProductRatings({ product_id: ["prod_2", "prod_3"] }, { order: { product_id: "ASC" } })).map((r) => r.average)).toEqual([4, 2])
      await service.softDeleteReviews(review.id)
      await service.refreshRatings({ product_id: "prod_2" })
      expect(await service.listProductRatings({ product_id: "prod_2" })).toEqual([
        expect.objectContaining({ count: 0, total: 0, average: 0, histogram: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } }),
      ])
    })

    it("counts a customer's helpful vote once and files one open report per customer", async () => {
      const review = await write(5, "prod_4")
      const votes = await Promise.all(Array.from({ length: 6 }, () => service.vote(review.id, "cus_fan")))
      expect(votes.filter(Boolean)).toHaveLength(1)
      expect((await service.retrieveReview(review.id)).helpful_count).toEqual(1)
      expect(await Promise.all([service.unvote(review.id, "cus_fan"), service.unvote(review.id, "cus_fan")])).toEqual(
        expect.arrayContaining([true, false])
      )
      expect((await service.retrieveReview(review.id)).helpful_count).toEqual(0)

      const reports = await Promise.all([0, 1, 2].map(() => service.report({ review_id: review.id, customer_id: "cus_x", reason: "spam" })))
      expect(reports.filter((r) => r.created)).toHaveLength(1)
      expect(new Set(reports.map((r) => r.id)).size).toEqual(1)
    })
  },
})
