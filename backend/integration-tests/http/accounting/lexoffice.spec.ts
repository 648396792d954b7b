import { FakeLexoffice, startFakeLexoffice } from "@agora/fakes/lexoffice"
import pollLexofficePayments from "@agora/accounting-lexoffice/jobs/poll-payments"
import { runSync } from "@agora/accounting-lexoffice/workflows"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { eventually, failure, signInAdmin } from "../../helpers/marketplace"
import { address, explained, seedShop, Shop, signUpCustomer } from "../../helpers/store"

jest.setTimeout(300_000)

const API_KEY = "agora-lexoffice-key"
// The webhook URL subscribed on start is this backend's public one; nothing listens there in the test.
const WEBHOOK_URL = "http://127.0.0.1:9/hooks/lexoffice"
const env = { LEXOFFICE_API_KEY: API_KEY, LEXOFFICE_MAX_ATTEMPTS: "3", LEXOFFICE_TIMEOUT_MS: "1500", LEXOFFICE_WEBHOOK_URL: WEBHOOK_URL }

let lx: FakeLexoffice

// Medusa reads its config in the runner's beforeAll, after this one: the plugin is pointed at the fake.
beforeAll(async () => {
  lx = await startFakeLexoffice({ apiKey: API_KEY, webhookRetryIntervalMs: 200, maxWebhookAttempts: 2 })
  Object.assign(process.env, env, { LEXOFFICE_BASE_URL: lx.url, LEXOFFICE_WEBHOOK_PUBLIC_KEY: lx.publicKey })
})

afterAll(async () => {
  await lx.close()
  for (const name of [...Object.keys(env), "LEXOFFICE_BASE_URL", "LEXOFFICE_WEBHOOK_PUBLIC_KEY"]) delete process.env[name]
})

type Customer = { email: string; headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let honey: string
    let oil: string
    const ok = explained(api)
    const rows = async (sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => (await dbConnection.raw(sql, params)).rows
    const syncOf = async (reference: string) => (await rows(`select * from lexoffice_sync where reference = ? and deleted_at is null`, [reference]))[0]
    const synced = (reference: string) => eventually(async () => (await syncOf(reference))?.status === "synced" && syncOf(reference), 120_000)
    const baseUrl = () => (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const variant = async (handle: string) =>
        (await ok.get(`/store/products?handle=${handle}&fields=variants.id`, { headers: shop.headers })).data.products[0].variants[0].id
      honey = await variant("wildflower-honey")
      oil = await variant("cretan-olive-oil")

      // Food at Germany's reduced rate (7 %), the rest at 19 %, and a code worth 3 EUR on the order.
      const admin = await signInAdmin(api)
      const { data: regions } = await ok.get("/admin/tax-regions?country_code=de", { headers: admin.headers })
      const { data: product } = await ok.get("/admin/products?handle=wildflower-honey", { headers: admin.headers })
      await ok.post(
        "/admin/tax-rates",
        { tax_region_id: regions.tax_regions[0].id, name: "Reduced", code: "DE-7", rate: 7, rules: [{ reference: "product", reference_id: product.products[0].id }] },
        { headers: admin.headers }
      )
      await ok.post(
        "/admin/promotions",
        {
          code: "SAVE3",
          type: "standard",
          status: "active",
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 3, currency_code: "eur" },
        },
        { headers: admin.headers }
      )
    })

    async function customer(email: string): Promise<Customer> {
      const token = await signUpCustomer(api, shop, { email, first_name: "Eva", last_name: "Schmidt" })
      return { email, headers: { ...shop.headers, authorization: `Bearer ${token}` } }
    }

    /**
     * A customer's order with the code and shipping; by default of 3 jars of honey (7 %) and 1 bottle
     * of oil (19 %).
     */
    async function placeOrder(buyer: Customer, { promo = true, lines = [{ variant: honey, quantity: 3 }, { variant: oil, quantity: 1 }] } = {}) {
      const options = { headers: buyer.headers }
      const { data } = await ok.post("/store/carts", { region_id: shop.regionId, email: buyer.email }, options)
      const id = data.cart.id
      for (const line of lines) await ok.post(`/store/carts/${id}/line-items`, { variant_id: line.variant, quantity: line.quantity }, options)
      await ok.post(`/store/carts/${id}`, { shipping_address: address, billing_address: address }, options)
      if (promo) await ok.post(`/store/carts/${id}/promotions`, { promo_codes: ["SAVE3"] }, options)
      const { data: shipping } = await ok.get(`/store/shipping-options?cart_id=${id}`, options)
      await ok.post(`/store/carts/${id}/shipping-methods`, { option_id: shipping.shipping_options[0].id }, options)
      const { data: collection } = await ok.post("/store/payment-collections", { cart_id: id }, options)
      await ok.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, options)
      const { data: completed } = await ok.post(`/store/carts/${id}/complete`, {}, options)
      expect(completed.type).toEqual("order")
      return completed.order as { id: string; total: number; items: { total: number; tax_lines: { rate: number }[] }[]; shipping_methods: { total: number; tax_lines: { rate: number }[] }[] }
    }

    /** The order's gross per tax rate, as Medusa computed it, in cents. */
    function grossByRate(order: Awaited<ReturnType<typeof placeOrder>>) {
      const byRate = new Map<number, number>()
      for (const line of [...order.items, ...order.shipping_methods]) {
        const rate = line.tax_lines.reduce((n, t) => n + Number(t.rate), 0)
        byRate.set(rate, (byRate.get(rate) ?? 0) + Math.round(Number(line.total) * 100))
      }
      return byRate
    }

    it("invoices an order with 7 % and 19 % items, a discount and shipping, to the cent, and keeps its PDF", async () => {
      const buyer = await customer("eva@example.com")
      const order = await placeOrder(buyer)
      const sync = await synced(`invoice:${order.id}`)

      const invoice = lx.invoices.get(sync.voucher_id) as any
      expect(sync.voucher_number).toEqual(invoice.voucherNumber)
      expect(invoice.voucherStatus).toEqual("open")
      expect(Math.round(invoice.totalPrice.totalGrossAmount * 100)).toEqual(Math.round(order.total * 100))
      const expected = grossByRate(order)
      expect([...expected.keys()].sort((a, b) => a - b)).toEqual([7, 19])
      for (const tax of invoice.taxAmounts) {
        expect(Math.round((tax.netAmount + tax.taxAmount) * 100)).toEqual(expected.get(tax.taxRatePercentage))
      }
      expect(invoice.introduction).toContain(order.id)
      expect(lx.contacts.size).toBeGreaterThanOrEqual(1)
      expect(sync.file_id).toEqual(expect.any(String))
      // The PDF is a private file: not among the uploads the backend serves under /static.
      expect((await fetch(`${baseUrl()}/static/${sync.file_id}`)).status).toEqual(404)

      // The customer downloads it; another customer and a guest cannot.
      const pdf = await fetch(`${baseUrl()}/store/orders/${order.id}/invoice`, { headers: buyer.headers })
      expect(pdf.status).toEqual(200)
      expect(pdf.headers.get("content-type")).toContain("application/pdf")
      const bytes = Buffer.from(await pdf.arrayBuffer())
      expect(bytes.subarray(0, 5).toString()).toEqual("%PDF-")
      expect(bytes.toString("latin1")).toContain(sync.voucher_number)
      const other = await customer("someone-else@example.com")
      expect((await fetch(`${baseUrl()}/store/orders/${order.id}/invoice`, { headers: other.headers })).status).toEqual(404)
      expect((await fetch(`${baseUrl()}/store/orders/${order.id}/invoice`, { headers: shop.headers })).status).toEqual(401)

      // A refund becomes a finalized credit note that refers to the invoice.
      const admin = await signInAdmin(api)
      const [{ id: paymentId }] = await rows(
        `select p.id from payment p join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = ?`,
        [order.id]
      )
      await ok.post(`/admin/payments/${paymentId}/capture`, {}, { headers: admin.headers })
      await ok.post(`/admin/payments/${paymentId}/refund`, { amount: 5 }, { headers: admin.headers })
      const [refund] = await rows(`select id from refund where payment_id = ?`, [paymentId])
      const note = await synced(`credit_note:${refund.id}`)
      const creditNote = lx.creditNotes.get(note.voucher_id) as any
      expect(creditNote.precedingSalesVoucherId ?? creditNote.relatedVouchers?.[0]?.id).toEqual(sync.voucher_id)
      expect(creditNote.totalPrice.totalGrossAmount).toBeCloseTo(5, 2)
    })

    it("invoices 20 orders placed at once, never sending Lexoffice more than 2 requests a second", async () => {
      const before = lx.invoices.size
      // Lexoffice's own limit answers some requests 429 on top; they are resent after the pause.
      lx.fail({ method: "POST", path: "/v1/invoices", status: 429, times: 2 })
      // Guests (Medusa refuses concurrent payment sessions of one signed-in customer), two orders each:
      // the two invoices of one new customer must share one contact.
      const contactsBefore = lx.contacts.size
      // Medusa makes a guest customer per e-mail with the first cart; two first carts at once would race.
      for (let i = 0; i < 10; i++) await ok.post("/store/carts", { region_id: shop.regionId, email: `guest-${i}@example.com` }, { headers: shop.headers })
      // Each buys something else: 20 checkouts of one item at once queue on its stock lock, which is
      // Medusa's business, not this plugin's.
      const { data } = await ok.get("/store/products?fields=variants.id&limit=20", { headers: shop.headers })
      const variants = data.products.map((p: { variants: { id: string }[] }) => p.variants[0].id)
      expect(variants).toHaveLength(20)
      const orders = await Promise.all(
        variants.map((variant: string, i: number) =>
          placeOrder({ email: `guest-${i % 10}@example.com`, headers: shop.headers }, { promo: false, lines: [{ variant, quantity: 1 }] })
        )
      )
      await eventually(async () => {
        const [{ n }] = await rows(`select count(*)::int as n from lexoffice_sync where status = 'synced' and order_id = any(?)`, [orders.map((o) => o.id)])
        return n === 20
      }, 240_000)
      expect(lx.invoices.size - before).toEqual(20)
      expect(lx.contacts.size - contactsBefore).toEqual(10)
      expect(lx.maxRate(1000)).toBeLessThanOrEqual(2)
      expect(lx.requests.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(2)
    })

    it("does not invoice twice when the invoice was created but not recorded, and retries failures until dead", async () => {
      const buyer = await customer("crash@example.com")
      // Lexoffice creates the invoice but the answer never arrives (the client gives up after 1.5 s):
      // what a crash between creating it and recording it leaves behind.
      lx.fail({ method: "POST", path: "/v1/invoices", delayMs: 3_000 })
      const order = await placeOrder(buyer, { promo: false })
      const reference = `invoice:${order.id}`
      await eventually(async () => (await syncOf(reference))?.status === "failed", 60_000)
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      const created = [...lx.invoices.values()].filter((i: any) => String(i.introduction).includes(order.id))
      expect(created).toHaveLength(1)
      await runSync(getContainer(), (await syncOf(reference)).id)
      const sync = await syncOf(reference)
      expect(sync.status).toEqual("synced")
      expect(sync.voucher_id).toEqual((created[0] as any).id)
      expect([...lx.invoices.values()].filter((i: any) => String(i.introduction).includes(order.id))).toHaveLength(1)

      // Lexoffice keeps failing: after 3 attempts (LEXOFFICE_MAX_ATTEMPTS) the sync is dead, and the
      // operator's retry from the admin succeeds once Lexoffice answers again.
      const deadEvents: unknown[] = []
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("lexoffice.sync.dead", async (event: { data: unknown }) => {
          deadEvents.push(event.data)
        })
      lx.fail({ method: "POST", path: "/v1/invoices", status: 500, times: 3 })
      const doomed = await placeOrder(buyer, { promo: false })
      const doomedRef = `invoice:${doomed.id}`
      await eventually(async () => (await syncOf(doomedRef))?.attempts === 1, 60_000)
      await runSync(getContainer(), (await syncOf(doomedRef)).id)
      await runSync(getContainer(), (await syncOf(doomedRef)).id)
      const dead = await syncOf(doomedRef)
      expect(dead).toEqual(expect.objectContaining({ status: "dead", attempts: 3, last_error: expect.stringMatching(/HTTP 500/) }))
      await eventually(async () => deadEvents.length === 1)
      expect(deadEvents).toEqual([{ id: dead.id, order_id: doomed.id, kind: "invoice" }])

      const admin = await signInAdmin(api)
      const { data: listed } = await ok.get(`/admin/lexoffice/syncs?status=dead&order_id=${doomed.id}`, { headers: admin.headers })
      expect(listed.syncs.map((s: any) => s.id)).toEqual([dead.id])
      const { data: retried } = await ok.post(`/admin/lexoffice/syncs/${dead.id}/retry`, {}, { headers: admin.headers })
      expect(retried.sync).toEqual(expect.objectContaining({ status: "synced", voucher_number: expect.any(String) }))
      const again = await failure(api.post(`/admin/lexoffice/syncs/${dead.id}/retry`, {}, { headers: admin.headers }))
      expect(again.status).toEqual(400)
      expect((await failure(api.post(`/admin/lexoffice/syncs/lxs_unknown/retry`, {}, { headers: admin.headers }))).status).toEqual(404)
    })

    it("subscribes its webhook URL on start, and polls payment status that no webhook brought", async () => {
      const subscribed = async () =>
        [...lx.subscriptions.values()].filter((s: any) => s.callbackUrl === WEBHOOK_URL).map((s: any) => s.eventType).sort()
      await eventually(async () => (await subscribed()).length === 2)
      expect(await subscribed()).toEqual(["invoice.status.changed", "payment.changed"])

      const order = await placeOrder({ email: "polled@example.com", headers: shop.headers }, { promo: false })
      const sync = await synced(`invoice:${order.id}`)
      await lx.pay(sync.voucher_id, Number((lx.invoices.get(sync.voucher_id) as any).totalPrice.totalGrossAmount))
      await lx.settled()
      expect((await syncOf(`invoice:${order.id}`)).payment_status).toBeNull()
      await pollLexofficePayments(getContainer())
      expect(await syncOf(`invoice:${order.id}`)).toEqual(expect.objectContaining({ payment_status: "balanced", paid_at: expect.any(Date) }))
    })

    it("takes payment status from signed webhooks only, and a partial payment is not paid", async () => {
      const buyer = await customer("payer@example.com")
      const order = await placeOrder(buyer, { promo: false })
      const sync = await synced(`invoice:${order.id}`)

      // Lexoffice's deliveries go to this backend's webhook route; a second subscriber records them as sent.
      const captured: { body: string; signature: string }[] = []
      const recorder: Server = createServer((req, res) => {
        let body = ""
        req.on("data", (chunk) => (body += chunk))
        req.on("end", () => {
          captured.push({ body, signature: String(req.headers["x-lxo-signature"]) })
          res.end()
        })
      })
      await new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve))
      try {
        // The test's own calls share Lexoffice's 2 requests/second with the backend's.
        const subscribe = async (callbackUrl: string): Promise<Response> => {
          const response = await fetch(`${lx.url}/v1/event-subscriptions`, {
            method: "POST",
            headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
            body: JSON.stringify({ eventType: "payment.changed", callbackUrl }),
          })
          if (response.status !== 429) return response
          await new Promise((resolve) => setTimeout(resolve, 1_000))
          return subscribe(callbackUrl)
        }
        expect((await subscribe(`${baseUrl()}/hooks/lexoffice`)).status).toEqual(200)
        expect((await subscribe(`http://127.0.0.1:${(recorder.address() as AddressInfo).port}/`)).status).toEqual(200)

        await lx.pay(sync.voucher_id, 10)
        await lx.settled()
        expect(await syncOf(`invoice:${order.id}`)).toEqual(expect.objectContaining({ payment_status: "openRevenue", paid_at: null }))

        // Forged, unsigned, and a genuine signature over a different body: 401, nothing changes.
        const genuine = captured[0]
        const hook = (body: string, signature?: string) =>
          fetch(`${baseUrl()}/hooks/lexoffice`, {
            method: "POST",
            headers: { "content-type": "application/json", ...(signature ? { "x-lxo-signature": signature } : {}) },
            body,
          })
        const changed = genuine.body.replace(/"eventDate":"[^"]+"/, `"eventDate":"2030-01-01T00:00:00.000+00:00"`)
        expect(changed).not.toEqual(genuine.body)
        expect((await hook(changed, genuine.signature)).status).toEqual(401)
        expect((await hook(genuine.body)).status).toEqual(401)
        expect((await hook(genuine.body, Buffer.from("forged").toString("base64"))).status).toEqual(401)
        lx.deliver("payment.changed", sync.voucher_id, { signature: "forged" })
        await lx.settled()
        expect(lx.deliveries.filter((d) => d.status === 401).length).toBeGreaterThanOrEqual(1)
        expect((await hook(genuine.body, genuine.signature)).status).toEqual(200)

        // Paid in full: balanced.
        const open = Number((lx.invoices.get(sync.voucher_id) as any).totalPrice.totalGrossAmount) - 10
        await lx.pay(sync.voucher_id, Math.round(open * 100) / 100)
        await lx.settled()
        await eventually(async () => (await syncOf(`invoice:${order.id}`)).payment_status === "balanced", 30_000)
        expect((await syncOf(`invoice:${order.id}`)).paid_at).toEqual(expect.any(Date))
      } finally {
        await new Promise((resolve) => recorder.close(resolve))
      }
    })
  },
})
