import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkout, seedShop, Shop, signUpCustomer } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let variantId: string

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const { data } = await api.get("/store/products?handle=earl-grey", { headers: shop.headers })
      variantId = data.products[0].variants[0].id
    })

    it("lists a logged-in customer's orders, newest first", async () => {
      const token = await signUpCustomer(api, shop, { email: "nikos@example.com" })
      const auth = { headers: { ...shop.headers, authorization: `Bearer ${token}` } }

      const first = await checkout(api, shop, { email: "nikos@example.com", variantId, quantity: 1, token })
      const second = await checkout(api, shop, { email: "nikos@example.com", variantId, quantity: 3, token })

      const { status, data } = await api.get("/store/orders?order=-created_at", auth)
      expect(status).toEqual(200)
      expect(data.count).toEqual(2)
      expect(data.orders.map((o: any) => o.id)).toEqual([second.completed.order.id, first.completed.order.id])
      expect(data.orders[0].items[0]).toEqual(expect.objectContaining({ variant_id: variantId, quantity: 3 }))

      const { data: one } = await api.get(`/store/orders/${first.completed.order.id}`, auth)
      expect(one.order.customer_id).toEqual(data.orders[1].customer_id)
    })

    it("lists only the logged-in customer's own orders", async () => {
      const ownerToken = await signUpCustomer(api, shop, { email: "owner@example.com" })
      const otherToken = await signUpCustomer(api, shop, { email: "other@example.com" })
      await checkout(api, shop, { email: "owner@example.com", variantId, quantity: 1, token: ownerToken })

      const { data } = await api.get("/store/orders", {
        headers: { ...shop.headers, authorization: `Bearer ${otherToken}` },
      })
      expect(data.count).toEqual(0)
      expect(data.orders).toEqual([])
    })

    it("asks for a login to list orders", async () => {
      const error = await api.get("/store/orders", { headers: shop.headers }).catch((e: any) => e)
      expect(error.response.status).toEqual(401)
    })
  },
})
