import { FakeViva, startFakeViva } from "@agora/fakes/viva-wallet"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, failure, signInAdmin } from "../../helpers/marketplace"
import { address, explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(300_000)

const PROVIDER = "pp_vivawallet_vivawallet"
const credentials = { clientId: "agora-client", clientSecret: "agora-secret", merchantId: "agora-merchant", apiKey: "agora-key" }
const RETURN_URL = "http://localhost:8000/checkout/vivawallet"
const env = {
  VIVA_CLIENT_ID: credentials.clientId,
  VIVA_CLIENT_SECRET: credentials.clientSecret,
  VIVA_MERCHANT_ID: credentials.merchantId,
  VIVA_API_KEY: credentials.apiKey,
}

let viva: FakeViva

// Medusa reads its config in the runner's beforeAll, after this one: the provider is pointed at the fake.
beforeAll(async () => {
  viva = await startFakeViva({
    ...credentials,
    webhookKey: "agora-webhook-key",
    retryIntervalMs: 1_000,
    sources: { Default: { successUrl: `${RETURN_URL}?paid=1`, failureUrl: `${RETURN_URL}?paid=0` } },
  })
  Object.assign(process.env, env, { VIVA_ENVIRONMENT: viva.url })
})

afterAll(async () => {
  await viva.close()
  for (const name of [...Object.keys(env), "VIVA_ENVIRONMENT"]) delete process.env[name]
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let variantId: string
    const ok = explained(api)
    const webhookUrl = () => `${(api as unknown as { defaults: { baseURL: string } }).defaults.baseURL}/hooks/vivawallet`
    const rows = async (sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => (await dbConnection.raw(sql, params)).rows

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const { data } = await ok.get(`/store/products?handle=wildflower-honey&fields=variants.id`, { headers: shop.headers })
      variantId = data.products[0].variants[0].id
      viva.setWebhookUrl(webhookUrl())
    })

    /** A cart ready to pay, with a Viva payment session: what the storefront has when it sends the shopper to Viva. */
    async function vivaCart(email = "shopper@example.com", locale = "de-DE") {
      const options = { headers: shop.headers }
      const { data } = await ok.post("/store/carts", { region_id: shop.regionId, email, locale }, options)
      const id: string = data.cart.id
      await ok.post(`/store/carts/${id}/line-items`, { variant_id: variantId, quantity: 2 }, options)
      await ok.post(`/store/carts/${id}`, { shipping_address: address, billing_address: address }, options)
      const { data: shipping } = await ok.get(`/store/shipping-options?cart_id=${id}`, options)
      await ok.post(`/store/carts/${id}/shipping-methods`, { option_id: shipping.shipping_options[0].id }, options)
      const { data: created } = await ok.post("/store/payment-collections", { cart_id: id }, options)
      const { data: started } = await ok.post(
        `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
        { provider_id: PROVIDER },
        options
      )
      const session = started.payment_collection.payment_sessions[0]
      return { id, total: started.payment_collection.amount as number, session, collectionId: created.payment_collection.id as string }
    }

    const complete = (cartId: string) => failure(api.post(`/store/carts/${cartId}/complete`, {}, { headers: shop.headers }))
    const ordersOf = async (cartId: string): Promise<string[]> =>
      (await rows(`select order_id from order_cart where cart_id = ? and deleted_at is null`, [cartId])).map((r) => r.order_id)
    const placed = (cartId: string) => eventually(async () => ((await ordersOf(cartId)).length ? ordersOf(cartId) : null), 30_000)
    const paymentOf = async (sessionId: string) => {
      const [payment] = await rows(`select id, captured_at, canceled_at from payment where payment_session_id = ?`, [sessionId])
      if (!payment) return null as null | Record<string, any>
      const [{ captures }] = await rows(`select count(*)::int as captures from capture where payment_id = ? and deleted_at is null`, [payment.id])
      const [{ refunds }] = await rows(`select count(*)::int as refunds from refund where payment_id = ? and deleted_at is null`, [payment.id])
      return { ...payment, captures, refunds }
    }
    /** Viva's "payment created" event for a transaction of the cart's session, as Viva sends it (amount in euros). */
    const paymentEvent = (cart: Awaited<ReturnType<typeof vivaCart>>, transactionId: string, overrides: Record<string, unknown> = {}) => ({
      EventTypeId: 1796,
      EventData: {
        TransactionId: transactionId,
        OrderCode: Number(cart.session.data.order_code),
        StatusId: "F",
        Amount: cart.total,
        CurrencyCode: "978",
        MerchantTrns: cart.session.id,
        ...overrides,
      },
    })
    /** The shopper pays on Viva's page while Viva's webhooks go nowhere, so the test delivers them. */
    async function payQuietly(orderCode: string, options: { amount?: number } = {}) {
      viva.setWebhookUrl(null)
      try {
        const paid = await viva.pay(orderCode, { outcome: "paid", ...options })
        await viva.settled()
        return paid
      } finally {
        viva.setWebhookUrl(webhookUrl())
      }
    }

    /** A Viva order of another shop (its reference is no session here), paid; returns the transaction id. */
    async function foreignPayment() {
      const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64")
      const token = await fetch(`${viva.url}/connect/token`, {
        method: "POST",
        headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      }).then((r) => r.json())
      const { orderCode } = await fetch(`${viva.url}/checkout/v2/orders`, {
        method: "POST",
        headers: { authorization: `Bearer ${token.access_token}`, "content-type": "application/json" },
        body: JSON.stringify({ amount: 1000, merchantTrns: "payses_01FOREIGN" }),
      }).then((r) => r.json())
      return (await payQuietly(String(orderCode))).transactionId
    }

    it("answers Viva's webhook verification with the merchant's key", async () => {
      const { data } = await ok.get("/hooks/vivawallet")
      expect(data).toEqual({ Key: "agora-webhook-key" })
    })

    it("pays a checkout on Viva's page end to end: redirect back, webhook, one captured order", async () => {
      const cart = await vivaCart("eva@example.com", "el")
      const code = String(cart.session.data.order_code)
      expect(cart.session.data).toEqual(
        expect.objectContaining({ order_code: code, checkout_url: `${viva.url}/web/checkout?ref=${code}`, amount: Math.round(cart.total * 100), currency_code: "eur" })
      )
      expect(viva.orders.get(code)).toEqual(
        expect.objectContaining({ amount: Math.round(cart.total * 100), merchantTrns: cart.session.id, customer: expect.objectContaining({ email: "eva@example.com", fullName: "Eva Schmidt", requestLang: "el-GR" }) })
      )

      // The shopper opens Viva's page, pays, and is sent back with the order code and transaction id.
      const page = await fetch(cart.session.data.checkout_url)
      expect(page.status).toEqual(200)
      expect(await page.text()).toContain("Pay")
      const paid = await fetch(`${viva.url}/web/checkout`, {
        method: "POST",
        body: new URLSearchParams({ ref: code, outcome: "paid" }),
        redirect: "manual",
      })
      expect(paid.status).toEqual(302)
      const back = new URL(paid.headers.get("location")!)
      expect(`${back.origin}${back.pathname}`).toEqual(RETURN_URL)
      expect(back.searchParams.get("s")).toEqual(code)
      const transactionId = back.searchParams.get("t")!

      // Viva's webhook completes the cart; the browser's completion then gets the same order.
      const [orderId] = await placed(cart.id)
      const browser = await complete(cart.id)
      expect(browser.status).toEqual(200)
      expect(browser.data).toEqual(expect.objectContaining({ type: "order", order: expect.objectContaining({ id: orderId, email: "eva@example.com" }) }))
      expect(await paymentOf(cart.session.id)).toEqual(expect.objectContaining({ captured_at: expect.any(Date), canceled_at: null, captures: 1, refunds: 0 }))
      expect(await rows(`select status, action, transaction_id from vivawallet_webhook_message where order_code = ?`, [code])).toEqual([
        { status: "processed", action: "captured", transaction_id: transactionId },
      ])
      const { data: payments } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.status"], filters: { id: orderId } })
      expect(payments[0].payment_collections?.[0]?.status).toEqual("completed")
    })

    it("captures once when Viva delivers the payment 5 times at once and 5 times in a row", async () => {
      const cart = await vivaCart()
      const { transactionId } = await payQuietly(String(cart.session.data.order_code))
      const event = { ...paymentEvent(cart, transactionId), MessageId: "duplicated-message" }

      viva.deliver(event, { times: 5, concurrent: true })
      await viva.settled()
      for (let i = 0; i < 5; i++) {
        viva.deliver(event)
        await viva.settled()
      }
      // Another message about the same payment (Viva may send one again under a new id) acts on nothing new.
      viva.deliver({ ...event, MessageId: "same-payment-new-message" })
      await viva.settled()

      const deliveries = viva.deliveries.filter((d) => ["duplicated-message", "same-payment-new-message"].includes(d.messageId))
      expect(deliveries).toHaveLength(11)
      expect(deliveries.every((d) => d.status === 200)).toBe(true)
      expect(await ordersOf(cart.id)).toHaveLength(1)
      expect(await paymentOf(cart.session.id)).toEqual(expect.objectContaining({ captures: 1, refunds: 0 }))
      expect(await rows(`select message_id, status from vivawallet_webhook_message where message_id in ('duplicated-message', 'same-payment-new-message') order by message_id`)).toEqual([
        { message_id: "duplicated-message", status: "processed" },
        { message_id: "same-payment-new-message", status: "processed" },
      ])
    })

    // Medusa's payment processing skips its cart lock inside another workflow: run so, two messages at
    // once both authorized the session and the loser's error made Medusa refund the payment on Viva.
    it("captures once and refunds nothing when 5 different messages about one payment arrive at once", async () => {
      const cart = await vivaCart()
      const { transactionId } = await payQuietly(String(cart.session.data.order_code))
      for (let i = 0; i < 5; i++) viva.deliver({ ...paymentEvent(cart, transactionId), MessageId: `parallel-${i}` })
      await viva.settled()

      expect(viva.deliveries.filter((d) => d.messageId.startsWith("parallel-")).map((d) => d.status)).toEqual([200, 200, 200, 200, 200])
      expect(await ordersOf(cart.id)).toHaveLength(1)
      expect(await paymentOf(cart.session.id)).toEqual(expect.objectContaining({ captures: 1, refunds: 0, canceled_at: null }))
      expect(viva.transactions.get(transactionId)?.statusId).toEqual("F")
      expect([...viva.transactions.values()].filter((t) => t.parentId === transactionId)).toEqual([])
    })

    it("takes over a message whose handling died mid-way, once Viva delivers it again", async () => {
      const cart = await vivaCart()
      const { transactionId } = await payQuietly(String(cart.session.data.order_code))
      // What a process killed while handling the message leaves: its row, still processing.
      await rows(
        `insert into vivawallet_webhook_message (id, message_id, event_type_id, status, updated_at) values ('vwmsg_died', 'died-mid-way', 1796, 'processing', now() - interval '20 minutes')`
      )
      viva.deliver({ ...paymentEvent(cart, transactionId), MessageId: "died-mid-way" })
      await viva.settled()
      expect(await ordersOf(cart.id)).toHaveLength(1)
      expect(await rows(`select status, action from vivawallet_webhook_message where message_id = 'died-mid-way'`)).toEqual([{ status: "processed", action: "captured" }])
    })

    it("makes one order per cart and refunds nothing when the webhook races the browser's completion (20 times)", async () => {
      for (let round = 0; round < 20; round++) {
        const cart = await vivaCart(`race-${round}@example.com`)
        const { transactionId } = await payQuietly(String(cart.session.data.order_code))
        viva.deliver(paymentEvent(cart, transactionId))
        const [browser] = await Promise.all([complete(cart.id), viva.settled()])

        expect(browser.status).toEqual(200)
        expect(browser.data.type).toEqual("order")
        expect(await ordersOf(cart.id)).toEqual([browser.data.order.id])
        expect(await paymentOf(cart.session.id)).toEqual(expect.objectContaining({ captures: 1, refunds: 0, canceled_at: null }))
        expect(viva.transactions.get(transactionId)?.statusId).toEqual("F")
      }
      expect(viva.deliveries.filter((d) => d.status !== 200)).toEqual([])
    })

    it("changes nothing for an unknown transaction, a forged amount, a payment of the wrong amount or another shop's session", async () => {
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      const warn = jest.spyOn(logger, "warn")
      try {
        const cart = await vivaCart()
        viva.deliver({ ...paymentEvent(cart, "8a1b6f1e-0000-4000-8000-000000000000"), MessageId: "unknown-transaction" })
        await viva.settled()
        const { transactionId } = await payQuietly(String(cart.session.data.order_code))
        viva.deliver({ ...paymentEvent(cart, transactionId, { Amount: cart.total + 10 }), MessageId: "forged-amount" })
        await viva.settled()
        expect(await ordersOf(cart.id)).toEqual([])
        expect(await paymentOf(cart.session.id)).toBeNull()

        // Paid on Viva for less than the order (Viva let the amount be changed): never completes the cart.
        const short = await vivaCart()
        const underpaid = await payQuietly(String(short.session.data.order_code), { amount: Math.round(short.total * 100) - 100 })
        viva.deliver({ ...paymentEvent(short, underpaid.transactionId, { Amount: short.total - 1 }), MessageId: "underpaid" })
        await viva.settled()
        expect(await ordersOf(short.id)).toEqual([])
        const browser = await complete(short.id)
        expect(browser.data.type).not.toEqual("order")
        expect(await ordersOf(short.id)).toEqual([])
        expect(await paymentOf(short.session.id)).toBeNull()

        // Paid genuinely, but for a session this store does not have (another shop on the same Viva account).
        const foreign = await foreignPayment()
        viva.deliver({ ...viva.webhookEvent(foreign), MessageId: "foreign-session" })
        await viva.settled()

        expect(
          await rows(
            `select message_id, status, action from vivawallet_webhook_message where message_id in ('unknown-transaction', 'forged-amount', 'underpaid', 'foreign-session') order by message_id`
          )
        ).toEqual([
          { message_id: "foreign-session", status: "processed", action: "not_supported" },
          { message_id: "forged-amount", status: "processed", action: "not_supported" },
          { message_id: "underpaid", status: "processed", action: "not_supported" },
          { message_id: "unknown-transaction", status: "processed", action: "not_supported" },
        ])
        const warnings = warn.mock.calls.map((c) => String(c[0])).join("\n")
        expect(warnings).toMatch(/unknown transaction|not found/i)
        expect(warnings).toMatch(/amount/i)
        expect(warnings).toMatch(/no payment session payses_01FOREIGN/)
      } finally {
        warn.mockRestore()
      }
    })

    it("records a declined card without an order, and the shopper can pay again", async () => {
      const cart = await vivaCart()
      const code = String(cart.session.data.order_code)
      const declined = await viva.pay(code, { outcome: "declined" })
      expect(declined.statusId).toEqual("E")
      await viva.settled()
      expect(await rows(`select action from vivawallet_webhook_message where transaction_id = ?`, [declined.transactionId])).toEqual([{ action: "failed" }])
      expect(await ordersOf(cart.id)).toEqual([])
      const browser = await complete(cart.id)
      expect(browser.data.type).not.toEqual("order")

      await viva.pay(code, { outcome: "paid" })
      await eventually(async () => (await ordersOf(cart.id)).length === 1, 30_000)
      expect(await paymentOf(cart.session.id)).toEqual(expect.objectContaining({ captures: 1, refunds: 0 }))
    })

    it("answers a Viva outage while starting a payment with a clear error and keeps no session", async () => {
      const options = { headers: shop.headers }
      const { data } = await ok.post("/store/carts", { region_id: shop.regionId, email: "outage@example.com" }, options)
      await ok.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, options)
      const { data: created } = await ok.post("/store/payment-collections", { cart_id: data.cart.id }, options)
      const before = viva.orders.size

      viva.fail({ method: "POST", path: "/checkout/v2/orders", status: 503 })
      const refused = await failure(
        api.post(`/store/payment-collections/${created.payment_collection.id}/payment-sessions`, { provider_id: PROVIDER }, options)
      )
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(refused.data)).toMatch(/Viva Wallet/)
      expect(viva.orders.size).toEqual(before)
      expect(await rows(`select id from payment_session where payment_collection_id = ? and deleted_at is null`, [created.payment_collection.id])).toEqual([])

      // Once Viva answers again the same collection gets its session.
      const { data: retried } = await ok.post(`/store/payment-collections/${created.payment_collection.id}/payment-sessions`, { provider_id: PROVIDER }, options)
      expect(retried.payment_collection.payment_sessions).toEqual([expect.objectContaining({ provider_id: PROVIDER, status: "pending" })])
    })

    it("refunds part of a paid order and then the rest from the admin, on Viva", async () => {
      const cart = await vivaCart()
      await viva.pay(String(cart.session.data.order_code), { outcome: "paid" })
      const [orderId] = await placed(cart.id)
      const payment = (await paymentOf(cart.session.id))!
      const admin = await signInAdmin(api)

      await ok.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, { headers: admin.headers })
      await ok.post(`/admin/payments/${payment.id}/refund`, { amount: cart.total - 5 }, { headers: admin.headers })

      expect(await paymentOf(cart.session.id)).toEqual(expect.objectContaining({ refunds: 2 }))
      const reversals = [...viva.transactions.values()].filter((t) => t.parentId && viva.transactions.get(t.parentId)?.orderCode === String(cart.session.data.order_code))
      expect(reversals.map((t) => t.amount).sort()).toEqual([Math.round((cart.total - 5) * 100), 500].sort())
      expect(orderId).toBeTruthy()
    })
  },
})
