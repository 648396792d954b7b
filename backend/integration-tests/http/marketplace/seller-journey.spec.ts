import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPayoutsWorkflow } from "../../../src/workflows/payout"
import {
  Actor,
  approveSeller,
  eventually,
  failure,
  listApprovedProduct,
  productBody,
  registerSeller,
  SellerActor,
  signInAdmin,
} from "../../helpers/marketplace"
import { checkout, explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: Actor

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    beforeEach(async () => {
      admin = await signInAdmin(api)
    })

    const storeProduct = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}`, { headers: shop.headers })
      return data.products[0]
    }
    // With Redis, Medusa's store cache is invalidated by the event bus, a moment after the change.
    const listed = (handle: string) => eventually(() => storeProduct(handle))
    const unlisted = (handle: string) => eventually(async () => (await storeProduct(handle)) === undefined)

    it("takes two sellers from registration to a paid payout for one shared order", async () => {
      const ok = explained(api)

      // Register: a new seller is pending and cannot write.
      const alpine = await registerSeller(api, "alpine-dairy", "Alpine Dairy")
      const olive = await registerSeller(api, "olive-grove", "Olive Grove")
      const { data: me } = await ok.get("/vendor/sellers/me", { headers: alpine.headers })
      expect(me.seller).toEqual(expect.objectContaining({ handle: "alpine-dairy", status: "pending" }))
      expect(me.member.role).toEqual("owner")
      const refused = await failure(api.post("/vendor/products", productBody("Early cheese", 9, 1), { headers: alpine.headers }))
      expect(refused.status).toEqual(403)

      // The operator approves both; each gets its own stock location.
      await approveSeller(api, admin, alpine.id)
      await approveSeller(api, admin, olive.id)
      const { data: approved } = await ok.get(`/admin/sellers/${alpine.id}`, { headers: admin.headers })
      expect(approved.seller).toEqual(expect.objectContaining({ status: "approved", status_decided_by: expect.any(String) }))
      expect(approved.seller.stock_location?.id).toEqual(expect.any(String))

      // A new product is proposed and invisible in the store until the operator approves it.
      const { data: created } = await ok.post("/vendor/products", productBody("Alpine Mountain Cheese", 20, 5), { headers: alpine.headers })
      expect(created.product).toEqual(expect.objectContaining({ status: "proposed", moderation: expect.objectContaining({ action: "proposed" }) }))
      expect(created.product.variants[0].inventory_quantity).toEqual(5)
      expect(await storeProduct(created.product.handle)).toBeUndefined()
      const { data: queue } = await ok.get("/admin/moderation/products", { headers: admin.headers })
      expect(queue.products.map((p: any) => p.id)).toContain(created.product.id)
      await ok.post(`/admin/moderation/products/${created.product.id}`, { decision: "approve" }, { headers: admin.headers })
      const visible = await listed(created.product.handle)
      expect(visible.seller).toEqual({ id: alpine.id, handle: "alpine-dairy", name: "Alpine Dairy" })
      const { data: bySeller } = await ok.get(`/store/products?seller_id=${alpine.id}`, { headers: shop.headers })
      expect(bySeller.products.map((p: any) => p.id)).toEqual([created.product.id])
      const { data: profile } = await ok.get("/store/sellers/alpine-dairy", { headers: shop.headers })
      expect(profile.seller).toEqual(expect.objectContaining({ name: "Alpine Dairy" }))
      expect(profile.seller.email).toBeUndefined()

      const oil = await listApprovedProduct(api, admin, olive, "Single Estate Olive Oil", 15, 10)

      // One cart, items of two sellers, one order and one payment.
      const { completed } = await checkout(api, shop, {
        email: "shopper@example.com",
        items: [
          { variantId: created.product.variants[0].id, quantity: 2 },
          { variantId: oil.variantId, quantity: 1 },
        ],
      })
      expect(completed.type).toEqual("order")
      const order = completed.order

      // Each seller sees only its own items and amounts.
      const alpineOrder = await eventually(async () => (await ok.get(`/vendor/orders`, { headers: alpine.headers })).data.orders[0])
      const oliveOrder = await eventually(async () => (await ok.get(`/vendor/orders`, { headers: olive.headers })).data.orders[0])
      expect(alpineOrder.items.map((i: any) => i.title)).toEqual(["Alpine Mountain Cheese"])
      expect(oliveOrder.items.map((i: any) => i.title)).toEqual(["Single Estate Olive Oil"])
      expect(alpineOrder.item_total).toBeCloseTo(40, 2)
      expect(alpineOrder.commission_rate).toEqual(10)
      expect(alpineOrder.commission_total).toBeCloseTo(4, 2)
      const shipping = Number(order.shipping_total)
      expect(alpineOrder.shipping_total + oliveOrder.shipping_total).toBeCloseTo(shipping, 2)
      expect(alpineOrder.shipping_total).toBeCloseTo((shipping * 40) / 55, 2)
      expect(alpineOrder.payout_total).toBeCloseTo(40 + alpineOrder.shipping_total - 4, 2)
      expect(oliveOrder.commission_total).toBeCloseTo(1.5, 2)

      // Alpine fulfils from its own location, ships with tracking and marks delivered.
      const itemId = alpineOrder.items[0].id
      const { data: fulfilled } = await ok.post(`/vendor/orders/${order.id}/fulfillments`, { items: [{ id: itemId, quantity: 2 }] }, { headers: alpine.headers })
      expect(fulfilled.order.fulfillment_status).toEqual("fulfilled")
      const fulfillment = fulfilled.order.fulfillments[0]
      expect(fulfillment.location_id).toEqual(approved.seller.stock_location.id)
      const { data: shipped } = await ok.post(
        `/vendor/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`,
        { tracking_number: "DHL-123456", carrier: "DHL" },
        { headers: alpine.headers }
      )
      expect(shipped.order.fulfillment_status).toEqual("shipped")
      expect(shipped.order.fulfillments[0].labels[0].tracking_number).toEqual("DHL-123456")
      // The shopper's order (by its id, as the storefront's order pages read it) shows the parcel's lines and tracking.
      const parcelFields = "*fulfillments,+fulfillments.items.line_item_id,+fulfillments.labels.tracking_number"
      const { data: mine } = await ok.get(`/store/orders/${order.id}?fields=${parcelFields}`, { headers: shop.headers })
      expect(mine.order.fulfillments).toEqual([
        expect.objectContaining({
          items: [expect.objectContaining({ line_item_id: itemId })],
          labels: [expect.objectContaining({ tracking_number: "DHL-123456" })],
        }),
      ])
      const { data: delivered } = await ok.post(
        `/vendor/orders/${order.id}/fulfillments/${fulfillment.id}/mark-as-delivered`,
        {},
        { headers: alpine.headers }
      )
      expect(delivered.order.fulfillment_status).toEqual("delivered")
      const { data: oliveView } = await ok.get(`/vendor/orders/${order.id}`, { headers: olive.headers })
      expect(oliveView.order.fulfillment_status).toEqual("not_fulfilled")
      expect(oliveView.order.fulfillments).toEqual([])

      // Delivered but not captured: still pending. After capture, Alpine's line is payable; Olive's is not.
      const balance = async (seller: SellerActor) => (await ok.get("/vendor/payouts", { headers: seller.headers })).data.balance[0]
      expect(await balance(alpine)).toEqual(expect.objectContaining({ pending: alpineOrder.payout_total, payable: 0 }))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: payments } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: order.id },
      })
      const paymentId = payments[0].payment_collections![0]!.payments![0]!.id
      await ok.post(`/admin/payments/${paymentId}/capture`, {}, { headers: admin.headers })
      await eventually(async () => (await balance(alpine)).payable > 0)
      expect(await balance(alpine)).toEqual(expect.objectContaining({ pending: 0, payable: alpineOrder.payout_total }))
      expect(await balance(olive)).toEqual(expect.objectContaining({ pending: oliveOrder.payout_total, payable: 0 }))

      // The payout job pays Alpine's payable balance; the operator settles it by hand.
      await createPayoutsWorkflow(getContainer()).run({ input: {} })
      const { data: payouts } = await ok.get(`/admin/payouts?seller_id=${alpine.id}`, { headers: admin.headers })
      expect(payouts.payouts).toHaveLength(1)
      expect(payouts.payouts[0]).toEqual(expect.objectContaining({ status: "pending", amount: alpineOrder.payout_total, provider_id: "manual" }))
      const { data: paid } = await ok.post(`/admin/payouts/${payouts.payouts[0].id}/mark-paid`, { reference: "SEPA-0001" }, { headers: admin.headers })
      expect(paid.payout).toEqual(expect.objectContaining({ status: "paid", paid_by: expect.any(String) }))
      const { data: ledger } = await ok.get("/vendor/payouts", { headers: alpine.headers })
      expect(ledger.payouts[0]).toEqual(expect.objectContaining({ status: "paid", amount: alpineOrder.payout_total }))
      expect(ledger.payouts[0].lines.map((l: any) => l.status)).toEqual(["paid"])
      expect(ledger.balance).toEqual([])

      // A refund without returned items reverses each seller's share in proportion; Alpine's sale is
      // paid, so its reversal nets against the next payout, while Olive's waits with its sale.
      await ok.post(`/admin/payments/${paymentId}/refund`, { amount: 10 }, { headers: admin.headers })
      const refunds = await eventually(async () => {
        const [{ data: a }, { data: o }] = await Promise.all([
          ok.get("/vendor/payouts", { headers: alpine.headers }),
          ok.get("/vendor/payouts", { headers: olive.headers }),
        ])
        const lines = [...a.open_lines, ...o.open_lines].filter((l: any) => l.type === "refund")
        return lines.length === 2 && lines
      })
      const gross = refunds.reduce((n: number, l: any) => n + Number(l.amount) + Number(l.commission_amount), 0)
      expect(gross).toBeCloseTo(-10, 2)
      const alpineRefund = refunds.find((l: any) => l.seller_id === alpine.id)
      expect(alpineRefund.status).toEqual("payable")
      expect(refunds.find((l: any) => l.seller_id === olive.id).status).toEqual("pending")
      expect((await balance(alpine)).payable).toBeCloseTo(Number(alpineRefund.amount), 2)
    })

    it("rejects a product with a reason the seller sees, and sends an edited listing back to review", async () => {
      const ok = explained(api)
      const seller = await registerSeller(api, "linen-works", "Linen Works")
      await approveSeller(api, admin, seller.id)
      const { data } = await ok.post("/vendor/products", productBody("Linen Towel", 12, 3), { headers: seller.headers })
      const id = data.product.id

      const missing = await failure(api.post(`/admin/moderation/products/${id}`, { decision: "reject" }, { headers: admin.headers }))
      expect(missing.status).toEqual(400)
      expect(missing.data.message).toMatch(/reason/)
      await ok.post(`/admin/moderation/products/${id}`, { decision: "reject", reason: "Photos are missing" }, { headers: admin.headers })
      const { data: rejected } = await ok.get(`/vendor/products/${id}`, { headers: seller.headers })
      expect(rejected.product).toEqual(expect.objectContaining({ status: "rejected", moderation: expect.objectContaining({ action: "rejected", reason: "Photos are missing" }) }))

      // Price and stock changes apply at once; a new title goes back to review.
      const variantId = data.product.variants[0].id
      const { data: repriced } = await ok.post(
        `/vendor/products/${id}`,
        { variants: [{ id: variantId, prices: [{ currency_code: "eur", amount: 11 }], inventory_quantity: 7 }] },
        { headers: seller.headers }
      )
      expect(repriced.product.status).toEqual("rejected")
      expect(repriced.product.variants[0]).toEqual(expect.objectContaining({ inventory_quantity: 7, prices: [expect.objectContaining({ amount: 11 })] }))
      const { data: resubmitted } = await ok.post(`/vendor/products/${id}`, { title: "Linen Towel, 50x100" }, { headers: seller.headers })
      expect(resubmitted.product.status).toEqual("proposed")

      await ok.post(`/admin/moderation/products/${id}`, { decision: "approve" }, { headers: admin.headers })
      const { data: published } = await ok.post(`/vendor/products/${id}`, { description: "Now with a hanging loop." }, { headers: seller.headers })
      expect(published.product.status).toEqual("proposed")

      const { data: log } = await ok.get(`/admin/moderation/entries?product_id=${id}`, { headers: admin.headers })
      expect(log.moderation_entries.map((e: any) => [e.action, e.actor_type])).toEqual([
        ["proposed", "seller"],
        ["approved", "user"],
        ["proposed", "seller"],
        ["rejected", "user"],
        ["proposed", "seller"],
      ])
    })

    it("hides a suspended seller's products from the store and restores them on reinstatement", async () => {
      const ok = explained(api)
      const seller = await registerSeller(api, "honey-hut", "Honey Hut")
      await approveSeller(api, admin, seller.id)
      const { id } = await listApprovedProduct(api, admin, seller, "Forest Honey", 9.5, 4)
      const handle = (await ok.get(`/vendor/products/${id}`, { headers: seller.headers })).data.product.handle
      await listed(handle)

      const noReason = await failure(api.post(`/admin/sellers/${seller.id}/suspend`, {}, { headers: admin.headers }))
      expect(noReason.status).toEqual(400)
      await ok.post(`/admin/sellers/${seller.id}/suspend`, { reason: "Unanswered complaints" }, { headers: admin.headers })
      await unlisted(handle)
      const notFound = await failure(api.get("/store/sellers/honey-hut", { headers: shop.headers }))
      expect(notFound.status).toEqual(404)
      const write = await failure(api.post(`/vendor/products/${id}`, { title: "x" }, { headers: seller.headers }))
      expect(write.status).toEqual(403)

      await ok.post(`/admin/sellers/${seller.id}/reinstate`, {}, { headers: admin.headers })
      expect(await listed(handle)).toEqual(expect.objectContaining({ id }))
    })

    it("follows fulfilments an operator makes in the admin, and voids a canceled order's payout", async () => {
      const ok = explained(api)
      const seller = await registerSeller(api, "clay-studio", "Clay Studio")
      await approveSeller(api, admin, seller.id)
      const { variantId } = await listApprovedProduct(api, admin, seller, "Clay Mug", 18, 10)
      const location = (await ok.get(`/admin/sellers/${seller.id}`, { headers: admin.headers })).data.seller.stock_location.id
      const vendorOrder = (id: string) => ok.get(`/vendor/orders/${id}`, { headers: seller.headers }).then((r) => r.data.order)

      const first = (await checkout(api, shop, { email: "mug@example.com", variantId, quantity: 1 })).completed.order
      const line = (await eventually(() => vendorOrder(first.id).catch(() => null))).items[0]
      await ok.post(`/admin/orders/${first.id}/fulfillments`, { items: [{ id: line.id, quantity: 1 }], location_id: location }, { headers: admin.headers })
      await eventually(async () => (await vendorOrder(first.id)).fulfillment_status === "fulfilled")

      const second = (await checkout(api, shop, { email: "mug2@example.com", variantId, quantity: 2 })).completed.order
      await eventually(() => vendorOrder(second.id).catch(() => null))
      const { data: before } = await ok.get("/vendor/payouts", { headers: seller.headers })
      expect(before.open_lines.filter((l: any) => l.order_id === second.id)).toHaveLength(1)
      await ok.post(`/admin/orders/${second.id}/cancel`, {}, { headers: admin.headers })
      await eventually(async () => (await vendorOrder(second.id)).fulfillment_status === "canceled")
      const { data: after } = await ok.get("/vendor/payouts", { headers: seller.headers })
      expect(after.open_lines.filter((l: any) => l.order_id === second.id)).toEqual([])
      expect(after.open_lines.filter((l: any) => l.order_id === first.id)).toHaveLength(1)
    })
  },
})
