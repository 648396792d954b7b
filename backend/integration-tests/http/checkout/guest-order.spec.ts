import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkout, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let variant: { id: string; price: number }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const { data } = await api.get(
        `/store/products?handle=wildflower-honey&region_id=${shop.regionId}&fields=*variants.calculated_price`,
        { headers: shop.headers }
      )
      const first = data.products[0].variants.find((v: any) => v.title === "250 g")
      variant = { id: first.id, price: first.calculated_price.calculated_amount }
    })

    it("takes a guest cart to a completed order paid with the system provider", async () => {
      const { cart, shippingOption, completed } = await checkout(api, shop, {
        email: "guest@example.com",
        variantId: variant.id,
        quantity: 2,
      })

      expect(completed.type).toEqual("order")
      const order = completed.order
      expect(order).toEqual(
        expect.objectContaining({
          email: "guest@example.com",
          currency_code: "eur",
          region_id: shop.regionId,
          items: [expect.objectContaining({ variant_id: variant.id, quantity: 2, unit_price: variant.price })],
          shipping_address: expect.objectContaining({ city: "Berlin", country_code: "de" }),
        })
      )
      // Prices include VAT, so the total is the items plus shipping, of which 19 % German VAT is part.
      expect(order.item_total).toBeCloseTo(variant.price * 2, 2)
      expect(order.total).toBeCloseTo(variant.price * 2 + shippingOption.amount, 2)
      expect(order.total).toBeCloseTo(cart.total, 2)
      expect(order.tax_total).toBeCloseTo(order.total - order.total / 1.19, 2)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.status", "payment_collections.payments.provider_id", "customer.has_account"],
        filters: { id: order.id },
      })
      expect(orders[0].customer?.has_account).toBe(false)
      expect(orders[0].payment_collections?.[0]?.status).toEqual("authorized")
      expect(orders[0].payment_collections?.[0]?.payments?.[0]?.provider_id).toEqual("pp_system_default")

      const { data: reservations } = await query.graph({
        entity: "reservation",
        fields: ["quantity"],
        filters: { line_item_id: order.items[0].id },
      })
      expect(reservations.map((r: any) => r.quantity)).toEqual([2])
    })

    it("finds a guest's order by its number and e-mail, and nothing for a wrong pair", async () => {
      const { completed } = await checkout(api, shop, { email: "Lookup@Example.com", variantId: variant.id, quantity: 1 })
      const { display_id: number, id } = completed.order
      const lookup = (body: unknown) =>
        api.post("/store/orders/lookup", body, { headers: shop.headers }).catch((e: any) => e.response)

      const found = await lookup({ email: " lookup@example.COM ", display_id: number })
      expect(found.status).toEqual(200)
      expect(found.data).toEqual({ order: { id } })

      for (const wrong of [{ email: "someone@example.com", display_id: number }, { email: "lookup@example.com", display_id: number + 1000 }]) {
        const missing = await lookup(wrong)
        expect(missing.status).toEqual(404)
        expect(missing.data.message).toEqual("No order with this number and e-mail address")
      }
      const bad = await lookup({ email: "not-an-email", display_id: -1, extra: true })
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toMatch(/email|display_id|extra/)
    })

    it("refuses to complete a cart that has no payment", async () => {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: shop.headers })
      await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: variant.id, quantity: 1 },
        { headers: shop.headers }
      )

      const error = await api
        .post(`/store/carts/${data.cart.id}/complete`, {}, { headers: shop.headers })
        .catch((e: any) => e)

      expect(error.response?.status ?? 200).not.toEqual(200)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
      expect(orders).toHaveLength(0)
    })
  },
})
