import { FakeSmtp, FakeSmtpMessage, startFakeSmtp } from "@agora/fakes/smtp"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPayoutsWorkflow } from "../../../src/workflows/payout"
import { NotificationType, render } from "../../../src/notifications"
import { approveSeller, eventually, failure, productBody, registerSeller, signInAdmin } from "../../helpers/marketplace"
import { publish } from "../../helpers/feed"
import { Viewer } from "../../helpers/social"
import { checkout, explained, seedShop, Shop, signUpCustomer } from "../../helpers/store"

jest.setTimeout(240_000)

const STOREFRONT = "http://shop.test"
let mail: FakeSmtp

// Medusa reads its config in the runner's beforeAll, after this one: e-mail goes to the fake SMTP server.
beforeAll(async () => {
  mail = await startFakeSmtp()
  Object.assign(process.env, { SMTP_URL: mail.smtpUrl, STOREFRONT_URL: STOREFRONT })
})
afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.STOREFRONT_URL
  await mail.close()
})

/** What the mailbox holds for an address, through the fake's HTTP API. */
async function mailbox(to: string): Promise<FakeSmtpMessage[]> {
  const response = await fetch(`${mail.httpUrl}/api/messages?to=${encodeURIComponent(to)}`)
  return ((await response.json()) as { messages: FakeSmtpMessage[] }).messages
}
const typeOf = (m: FakeSmtpMessage) => m.headers["x-agora-notification"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    const ok = explained(api)

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })
    beforeEach(() => mail.clear())

    const customer = async (email: string, locale: string, first_name: string): Promise<Viewer & { id: string }> => {
      const token = await signUpCustomer(api, shop, { email, first_name, locale })
      const headers = { ...shop.headers, authorization: `Bearer ${token}` }
      const { data } = await ok.get("/store/customers/me", { headers })
      return { headers, id: data.customer.id }
    }

    /**
     * Every e-mail to `to` is the one notification of its type that the module recorded, rendered in `locale`
     * from the data it stored: the language is the recipient's and nothing is sent twice.
     */
    const expectMail = async (to: string, locale: string, types: NotificationType[]) => {
      // Registering mailed a verification link too; that e-mail has its own spec. The module records the SMTP
      // Message-ID as the notification's external id a moment after the server has the e-mail.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const { messages, stored } = await eventually(async () => {
        const got = (await mailbox(to)).filter((m) => typeOf(m) !== "email_verification")
        if (got.length < types.length) return null
        const records = await notifications.listNotifications({ to, channel: "email" })
        const recorded = got.every((m) => records.some((n) => n.external_id === m.headers["message-id"]))
        return recorded && { messages: got, stored: records }
      })
      expect(messages.map(typeOf).sort()).toEqual([...types].sort())
      const recordOf = (m: FakeSmtpMessage) => stored.find((n) => n.external_id === m.headers["message-id"])!
      for (const message of messages) {
        const record = recordOf(message)
        expect(record.template).toEqual(typeOf(message))
        const expected = render(typeOf(message) as NotificationType, locale as never, record.data as never)
        expect(message.headers["content-language"]).toEqual(locale)
        expect(message.subject).toEqual(expected.subject)
        expect(message.text?.trim()).toEqual(expected.text.trim())
        expect(message.text).toContain(expected.url)
        expect(message.html).toContain(expected.url.replace(/&/g, "&amp;"))
      }
      return Object.fromEntries(messages.map((m) => [typeOf(m), { message: m, data: recordOf(m).data as any }]))
    }

    it("sends each order and seller notification once, in the recipient's language, linking to what it is about", async () => {
      const admin = await signInAdmin(api)
      const honey = await registerSeller(api, "kreta-honey", "Kreta Honey", "el")
      await ok.post(`/admin/sellers/${honey.id}/reject`, { reason: "Λείπει ο ΑΦΜ" }, { headers: admin.headers })
      await approveSeller(api, admin, honey.id)

      const { data: created } = await ok.post("/vendor/products", productBody("Wild Thyme Honey No. 7", 12, 5), { headers: honey.headers })
      const productId = created.product.id
      await ok.post(`/admin/moderation/products/${productId}`, { decision: "reject", reason: "Photo missing" }, { headers: admin.headers })
      await ok.post(`/vendor/products/${productId}`, { description: "Thyme honey from Crete, with a photo." }, { headers: honey.headers })
      await ok.post(`/admin/moderation/products/${productId}`, { decision: "approve" }, { headers: admin.headers })

      const anna = await customer("anna@example.de", "de", "Anna")
      const variantId = created.product.variants[0].id
      await eventually(async () => (await api.get(`/store/products?id=${productId}`, { headers: shop.headers })).data.products.length)
      const { completed } = await checkout(api, shop, { email: "anna@example.de", token: anna.headers.authorization.slice(7), variantId, quantity: 2 })
      const order = completed.order

      // The seller's sub-order is made by a subscriber, a moment after the order.
      await eventually(async () => (await ok.get("/vendor/orders", { headers: honey.headers })).data.orders.length)
      const { data: fulfilled } = await ok.post(
        `/vendor/orders/${order.id}/fulfillments`,
        { items: [{ id: order.items[0].id, quantity: 2 }] },
        { headers: honey.headers }
      )
      const fulfillmentId = fulfilled.order.fulfillments[0].id
      const parcel = { tracking_number: "ELTA-778899", tracking_url: "https://track.example/ELTA-778899" }
      await ok.post(`/vendor/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, { ...parcel, carrier: "ELTA" }, { headers: honey.headers })
      await ok.post(`/vendor/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, { headers: honey.headers })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: payments } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      await ok.post(`/admin/payments/${payments[0].payment_collections![0]!.payments![0]!.id}/capture`, {}, { headers: admin.headers })
      await eventually(async () => (await ok.get("/vendor/payouts", { headers: honey.headers })).data.balance[0]?.payable > 0)
      await createPayoutsWorkflow(getContainer()).run({ input: {} })
      const { data: payouts } = await ok.get(`/admin/payouts?seller_id=${honey.id}`, { headers: admin.headers })
      await ok.post(`/admin/payouts/${payouts.payouts[0].id}/mark-paid`, { reference: "SEPA-77" }, { headers: admin.headers })

      // The Lexoffice plugin announces a finalized invoice with this event (its own tests cover when).
      const events = getContainer().resolve(Modules.EVENT_BUS)
      await events.emit({ name: "lexoffice.invoice.synced", data: { id: "lxs_test", order_id: order.id } })
      // A replayed event sends nothing twice.
      await events.emit({ name: "order.placed", data: { id: order.id } })

      const toAnna = await expectMail("anna@example.de", "de", ["order_placed", "order_shipped", "order_delivered", "order_paid", "invoice_available"])
      const orderUrl = `${STOREFRONT}/de/account/orders/${order.id}`
      expect(toAnna.order_placed.data.order).toEqual(
        expect.objectContaining({ display_id: order.display_id, url: orderUrl, items: [expect.objectContaining({ title: "Wild Thyme Honey No. 7", quantity: 2 })] })
      )
      expect(toAnna.order_shipped.data).toEqual(expect.objectContaining({ seller_name: "Kreta Honey", parcels: [parcel] }))
      expect(toAnna.order_shipped.message.text).toContain("ELTA-778899")
      expect(toAnna.order_delivered.data.order.url).toEqual(orderUrl)
      expect(toAnna.invoice_available.data.invoice_url).toEqual(`${orderUrl}/invoice`)

      const toHoney = await expectMail(honey.email, "el", ["seller_rejected", "seller_approved", "product_rejected", "product_approved", "payout_paid"])
      expect(toHoney.seller_rejected.data.reason).toEqual("Λείπει ο ΑΦΜ")
      expect(toHoney.seller_approved.data.url).toEqual(`${STOREFRONT}/el/sell/dashboard`)
      expect(toHoney.product_rejected.data).toEqual(
        expect.objectContaining({ reason: "Photo missing", product: { title: "Wild Thyme Honey No. 7", url: `${STOREFRONT}/el/sell/products/${productId}` } })
      )
      // The public product link resolves to the product in the store.
      const handle = toHoney.product_approved.data.product.url.split("/products/")[1]
      const { data: listed } = await ok.get(`/store/products?handle=${handle}`, { headers: shop.headers })
      expect(listed.products.map((p: { id: string }) => p.id)).toEqual([productId])
      expect(toHoney.payout_paid.data.payout).toEqual({ amount: payouts.payouts[0].amount, currency_code: "eur" })
    })

    it("tells a profile about followers, likes and comments, in the app and by e-mail, as its preferences allow", async () => {
      const anna = await customer("anna.social@example.de", "de", "Anna")
      const eleni = await customer("eleni@example.gr", "el", "Eleni")
      const lukas = await customer("lukas@example.de", "de", "Lukas")
      const { data: annaProfile } = await ok.post("/store/profiles/me", { handle: "anna-kocht", display_name: "Anna kocht" }, { headers: anna.headers })
      await ok.post("/store/profiles/me", { handle: "eleni-liest", display_name: "Eleni" }, { headers: eleni.headers })
      await ok.post("/store/profiles/me", { handle: "lukas-liest", display_name: "Lukas" }, { headers: lukas.headers })
      expect(annaProfile.profile.handle).toEqual("anna-kocht")
      const postId = await publish(getContainer(), anna.id, "Sonntagsbrot mit Honig #backen")

      await ok.post("/store/profiles/anna-kocht/follow", {}, { headers: eleni.headers })
      await ok.post(`/store/posts/${postId}/likes`, {}, { headers: eleni.headers })
      await ok.post(`/store/posts/${postId}/comments`, { body: "Τέλειο ψωμί! Συνταγή;" }, { headers: eleni.headers })
      // Her own like tells her nothing.
      await ok.post(`/store/posts/${postId}/likes`, {}, { headers: anna.headers })

      const toAnna = await expectMail("anna.social@example.de", "de", ["new_follower", "post_liked", "post_commented"])
      expect(toAnna.new_follower.data.follower).toEqual({ name: "Eleni", handle: "eleni-liest", url: `${STOREFRONT}/de/u/eleni-liest` })
      expect(toAnna.post_commented.data).toEqual(
        expect.objectContaining({ comment: { body: "Τέλειο ψωμί! Συνταγή;" }, post: expect.objectContaining({ url: `${STOREFRONT}/de/p/${postId}` }) })
      )
      // Optional e-mails link to the preferences.
      expect(toAnna.post_liked.message.text).toContain(`${STOREFRONT}/de/account/notifications/settings`)
      expect(toAnna.post_liked.data.preferences_url).toEqual(`${STOREFRONT}/de/account/notifications/settings`)
      const { data: linkedPost } = await ok.get(`/store/posts/${postId}`, { headers: shop.headers })
      expect(linkedPost.post.id).toEqual(postId)

      // In the app: newest first, in the language asked for, all unread.
      const { data: inApp } = await ok.get("/store/notifications?locale=en", { headers: anna.headers })
      expect(inApp.notifications.map((n: { type: string }) => n.type)).toEqual(["post_commented", "post_liked", "new_follower"])
      expect(inApp).toEqual(expect.objectContaining({ count: 3, unread_count: 3, offset: 0, limit: 20 }))
      expect(inApp.notifications[2]).toEqual(expect.objectContaining({ read: false, path: "/u/eleni-liest" }))
      expect(inApp.notifications[2].title).toEqual(render("new_follower", "en", toAnna.new_follower.data).title)

      // Reading one, then all.
      await ok.post(`/store/notifications/${inApp.notifications[2].id}/read`, {}, { headers: anna.headers })
      const { data: oneRead } = await ok.get("/store/notifications", { headers: anna.headers })
      expect(oneRead.unread_count).toEqual(2)
      expect(oneRead.notifications.map((n: { read: boolean }) => n.read)).toEqual([false, false, true])
      // Someone else's notification is not there for Eleni.
      const foreign = await failure(api.post(`/store/notifications/${inApp.notifications[0].id}/read`, {}, { headers: eleni.headers }))
      expect(foreign.status).toEqual(404)
      await ok.post("/store/notifications/read-all", {}, { headers: anna.headers })
      expect((await ok.get("/store/notifications", { headers: anna.headers })).data.unread_count).toEqual(0)

      // Likes: no e-mail, still in the app. Followers: e-mail only.
      const { data: prefs } = await ok.post(
        "/store/notifications/preferences",
        {
          preferences: [
            { type: "post_liked", channel: "email", enabled: false },
            { type: "new_follower", channel: "in_app", enabled: false },
          ],
        },
        { headers: anna.headers }
      )
      expect(prefs.preferences).toEqual(
        expect.arrayContaining([
          { type: "post_liked", channel: "email", optional: true, enabled: false },
          { type: "post_liked", channel: "in_app", optional: true, enabled: true },
          { type: "order_placed", channel: "email", optional: false, enabled: true },
        ])
      )
      const locked = await failure(
        api.post("/store/notifications/preferences", { preferences: [{ type: "order_shipped", channel: "email", enabled: false }] }, { headers: anna.headers })
      )
      expect(locked.status).toEqual(400)
      expect(locked.data.message).toContain("order_shipped")

      mail.clear()
      await ok.post(`/store/posts/${postId}/likes`, {}, { headers: lukas.headers })
      await ok.post("/store/profiles/anna-kocht/follow", {}, { headers: lukas.headers })
      await expectMail("anna.social@example.de", "de", ["new_follower"])
      const { data: after } = await eventually(async () => {
        const page = await ok.get("/store/notifications", { headers: anna.headers })
        return page.data.unread_count === 1 && page
      })
      expect(after.notifications[0]).toEqual(expect.objectContaining({ type: "post_liked", read: false }))
      expect(after.notifications.filter((n: { type: string }) => n.type === "new_follower")).toHaveLength(1)
    })
  },
})
