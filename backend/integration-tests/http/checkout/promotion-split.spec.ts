import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import SellerModuleService from "../../../src/modules/seller/service"
import { DEMO_PROMO_CODE } from "../../../src/scripts/seed/promotions"
import { eventually, failure } from "../../helpers/marketplace"
import { address, explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(180_000)

const cents = (amount: number) => Math.round(amount * 100)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    // Two demo sellers' products: Meli & Elia's honey and Alpenhof's candle.
    let honey: string
    let candle: string

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const variantOf = async (handle: string) => {
        const { data } = await api.get(`/store/products?handle=${handle}`, { headers: shop.headers })
        return data.products[0].variants[0].id as string
      }
      honey = await variantOf("wildflower-honey")
      candle = await variantOf("beeswax-candle")
    })

    const cartWith = async (items: { variant_id: string; quantity: number }[]) => {
      const ok = explained(api)
      const { data } = await ok.post("/store/carts", { region_id: shop.regionId }, { headers: shop.headers })
      for (const item of items) await ok.post(`/store/carts/${data.cart.id}/line-items`, item, { headers: shop.headers })
      return data.cart.id as string
    }

    it("applies the seeded code, refuses an unknown one without touching the cart, and removes it", async () => {
      const ok = explained(api)
      const cartId = await cartWith([{ variant_id: honey, quantity: 1 }])
      const promotions = `/store/carts/${cartId}/promotions`

      const { data: applied } = await ok.post(promotions, { promo_codes: [DEMO_PROMO_CODE] }, { headers: shop.headers })
      expect(applied.cart.promotions.map((p: any) => p.code)).toEqual([DEMO_PROMO_CODE])
      expect(applied.cart.discount_total).toBeCloseTo(applied.cart.item_subtotal * 0.1, 2)

      const unknown = await failure(api.post(promotions, { promo_codes: ["NOPE"] }, { headers: shop.headers }))
      expect(unknown.status).toEqual(400)
      expect(unknown.data.message).toMatch(/NOPE/)
      const { data: after } = await ok.get(`/store/carts/${cartId}?fields=*promotions`, { headers: shop.headers })
      expect(after.cart.promotions.map((p: any) => p.code)).toEqual([DEMO_PROMO_CODE])
      expect(after.cart.total).toBeCloseTo(applied.cart.total, 2)

      const { data: removed } = await ok.delete(`${promotions}`, { headers: shop.headers, data: { promo_codes: [DEMO_PROMO_CODE] } })
      expect(removed.cart.promotions).toEqual([])
      expect(removed.cart.discount_total).toEqual(0)
    })

    it("splits a discounted order of two sellers into sub-orders and payouts that add up to what was paid", async () => {
      const ok = explained(api)
      const headers = { headers: shop.headers }
      const cartId = await cartWith([
        { variant_id: honey, quantity: 3 },
        { variant_id: candle, quantity: 1 },
      ])
      await ok.post(`/store/carts/${cartId}/promotions`, { promo_codes: [DEMO_PROMO_CODE] }, headers)
      await ok.post(`/store/carts/${cartId}`, { email: "promo@example.com", shipping_address: address, billing_address: address }, headers)
      const { data: shipping } = await ok.get(`/store/shipping-options?cart_id=${cartId}`, headers)
      const cheapest = [...shipping.shipping_options].sort((a: any, b: any) => a.amount - b.amount)[0]
      await ok.post(`/store/carts/${cartId}/shipping-methods`, { option_id: cheapest.id }, headers)
      const { data: collection } = await ok.post("/store/payment-collections", { cart_id: cartId }, headers)
      await ok.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      const { data: completed } = await ok.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(completed.type).toEqual("order")

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "total", "discount_total", "item_total", "shipping_total", "payment_collections.amount", "promotions.code"],
        filters: { id: completed.order.id },
      })
      const order = orders[0]
      const total = Number(order.total)
      expect(order.promotions?.map((p) => p?.code)).toEqual([DEMO_PROMO_CODE])
      expect(Number(order.discount_total)).toBeGreaterThan(0)
      // What the customer pays is the discounted total.
      expect(Number(order.payment_collections?.[0]?.amount)).toBeCloseTo(total, 2)

      const sellers: SellerModuleService = getContainer().resolve(SELLER_MODULE)
      const subOrders = await eventually(async () => {
        const found = await sellers.listSubOrders({ order_id: order.id })
        return found.length === 2 && found
      })
      const sum = (values: unknown[]) => values.reduce<number>((n, v) => n + cents(Number(v)), 0)
      expect(sum(subOrders.map((s) => Number(s.item_total) + Number(s.shipping_total)))).toEqual(cents(total))
      expect(sum(subOrders.map((s) => s.discount_total))).toEqual(cents(Number(order.discount_total)))

      // Each seller's payout plus the platform's commission is exactly that seller's part of the payment.
      // The lines are written when the sub-orders' event is handled, after the sub-orders themselves.
      const lines = await eventually(async () => {
        const found = await sellers.listPayoutLines({ order_id: order.id, type: "sale" })
        return found.length === 2 && found
      })
      expect(sum(lines.map((l) => Number(l.amount) + Number(l.commission_amount)))).toEqual(cents(total))
    })
  },
})
