import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approveSeller, failure, listApprovedProduct, registerSeller, signInAdmin } from "../../helpers/marketplace"
import { address, explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    /** A cart with one unit of the variant, ready to complete: addresses, shipping and a payment session. */
    async function readyCart(variantId: string, email: string) {
      const ok = explained(api)
      const options = { headers: shop.headers }
      const { data } = await ok.post("/store/carts", { region_id: shop.regionId, email }, options)
      const id = data.cart.id
      await ok.post(`/store/carts/${id}/line-items`, { variant_id: variantId, quantity: 1 }, options)
      await ok.post(`/store/carts/${id}`, { shipping_address: address, billing_address: address }, options)
      const { data: shipping } = await ok.get(`/store/shipping-options?cart_id=${id}`, options)
      await ok.post(`/store/carts/${id}/shipping-methods`, { option_id: shipping.shipping_options[0].id }, options)
      const { data: collection } = await ok.post("/store/payment-collections", { cart_id: id }, options)
      await ok.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, options)
      return id as string
    }

    it("makes exactly one order when two shoppers check out a seller's last unit at the same time", async () => {
      const admin = await signInAdmin(api)
      const seller = await registerSeller(api, "last-unit-pottery", "Last Unit Pottery")
      await approveSeller(api, admin, seller.id)
      const { variantId } = await listApprovedProduct(api, admin, seller, "One-off Stoneware Jug", 48, 1)

      const carts = [await readyCart(variantId, "first@example.com"), await readyCart(variantId, "second@example.com")]
      const results = await Promise.all(carts.map((id) => failure(api.post(`/store/carts/${id}/complete`, {}, { headers: shop.headers }))))

      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      expect(orders).toHaveLength(1)
      const refused = results.find((r) => !(r.status === 200 && r.data.type === "order"))!
      // Medusa answers a failed completion either with an error status or with the cart and the error.
      expect(refused.status === 200 ? refused.data.type : refused.status).not.toEqual("order")

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: placed } = await query.graph({ entity: "order", fields: ["id", "items.variant_id"] })
      expect(placed.filter((o) => o.items?.some((i) => i?.variant_id === variantId))).toHaveLength(1)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.location_levels.reserved_quantity", "inventory_items.inventory.location_levels.stocked_quantity"],
        filters: { id: variantId },
      })
      const level = variants[0].inventory_items![0]!.inventory!.location_levels![0]!
      expect({ reserved: level.reserved_quantity, stocked: level.stocked_quantity }).toEqual({ reserved: 1, stocked: 1 })
      // The refused checkout keeps no payment: its authorization was rolled back with it.
      const loser = carts[results.indexOf(refused)]
      const { data: loserCart } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "payment_collection.payments.id", "payment_collection.payments.canceled_at"],
        filters: { id: loser },
      })
      expect(loserCart[0].completed_at).toBeFalsy()
      const live = (loserCart[0].payment_collection?.payments ?? []).filter((p) => p && !p.canceled_at)
      expect(live).toEqual([])
    })
  },
})
