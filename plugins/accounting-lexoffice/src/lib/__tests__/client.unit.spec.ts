import { FakeLexoffice, startFakeLexoffice } from "@agora/fakes/lexoffice"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { LexofficeClient, LexofficeInvoiceBody } from "../client"
import { creditNoteFor } from "../credit-note"
import { LexofficeError } from "../errors"
import { expectedTotals, invoiceFor, LexofficeOrder } from "../invoice"
import { LexofficeOptions, parseOptions } from "../options"
import { verifySignature } from "../signature"

jest.setTimeout(15_000)

const API_KEY = "fake-lexoffice-key"

let lx: FakeLexoffice
/** One client for the tests that are not about timing, so that its limiter spaces all their requests. */
let api: LexofficeClient

const options = (overrides: Partial<LexofficeOptions> = {}) => ({ ...parseOptions({ api_key: API_KEY, base_url: lx.url }), ...overrides })

beforeAll(async () => {
  lx = await startFakeLexoffice()
  api = new LexofficeClient(options())
})

afterAll(async () => {
  await api.close()
  await lx.close()
})

/** Medusa's order total: the sum of its items' and shipping methods' totals. */
const order: LexofficeOrder & { total: number } = {
  id: "order_01JCLIENT",
  display_id: 7,
  created_at: "2026-01-15T09:30:00.000Z",
  currency_code: "eur",
  email: "erika@example.com",
  items: [
    { title: "T-Shirt", variant_title: "M / Black", quantity: 2, total: 45, discount_total: 5, tax_lines: [{ rate: 19 }] },
    { title: "Book", quantity: 3, total: 29.95, discount_total: 2, tax_lines: [{ rate: 7 }] },
    { title: "Coffee", quantity: 1, total: 8.99, tax_lines: [{ rate: 7 }] },
  ],
  shipping_methods: [{ name: "Standard shipping", total: 4.9, tax_lines: [{ rate: 19 }] }],
  billing_address: { first_name: "Erika", last_name: "Muster", address_1: "Hauptstr. 1", city: "Berlin", postal_code: "10115", country_code: "de" },
  total: 88.84,
}

const since = (start: number, method: string, path: string) => lx.requests.slice(start).filter((r) => r.method === method && r.path === path)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function rejection(promise: Promise<unknown>): Promise<LexofficeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(LexofficeError)
  return error as LexofficeError
}

describe("LexofficeClient against the fake Lexoffice", () => {
  let contactId: string
  let invoiceId: string

  it("creates a contact and finds it by email", async () => {
    const { id } = await api.createContact({
      version: 0,
      roles: { customer: {} },
      person: { firstName: "Erika", lastName: "Muster" },
      addresses: { billing: [{ street: "Hauptstr. 1", zip: "10115", city: "Berlin", countryCode: "DE" }] },
      emailAddresses: { private: ["Erika@Example.com"] },
    })
    contactId = id
    const found = await api.findContactsByEmail("erika@example.com")
    expect(found.map((contact) => contact.id)).toEqual([id])
    expect(found[0].person).toMatchObject({ lastName: "Muster" })
    expect(await api.findContactsByEmail("nobody@example.com")).toEqual([])
  })

  it("creates a finalized invoice whose totals are the order's to the cent, and its PDF", async () => {
    const created = await api.createInvoice(invoiceFor(order, options(), contactId))
    invoiceId = created.id
    expect(created.resourceUri).toBe(`${lx.url}/v1/invoices/${created.id}`)

    const invoice = await api.invoice(created.id)
    expect(invoice.voucherStatus).toBe("open")
    expect(invoice.voucherNumber).toMatch(/^RE\d{4}$/)
    expect(invoice.introduction).toBe("Order #7 (order_01JCLIENT)")
    expect(invoice.address).toMatchObject({ contactId })
    expect(invoice.totalPrice.totalGrossAmount).toBe(order.total)

    const expected = expectedTotals(order)
    expect(invoice.totalPrice).toMatchObject({
      totalGrossAmount: expected.totalGrossAmount,
      totalNetAmount: expected.totalNetAmount,
      totalTaxAmount: expected.totalTaxAmount,
    })
    const byRate = (rates: { taxRatePercentage: number; netAmount: number; taxAmount: number }[]) =>
      rates
        .map(({ taxRatePercentage, netAmount, taxAmount }) => ({ taxRatePercentage, netAmount, taxAmount, gross: Math.round((netAmount + taxAmount) * 100) }))
        .sort((a, b) => a.taxRatePercentage - b.taxRatePercentage)
    expect(byRate(invoice.taxAmounts)).toEqual(byRate(expected.taxAmounts))
    // The order's gross per rate: 19 % items and shipping 49.90, 7 % items 38.94.
    expect(byRate(invoice.taxAmounts).map((r) => [r.taxRatePercentage, r.gross])).toEqual([
      [7, 3894],
      [19, 4990],
    ])

    const pdf = await api.invoiceFile(created.id)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdf.toString("latin1")).toContain(invoice.voucherNumber)
    expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true)
  })

  it("invoices the billing address when there is no contact", async () => {
    const { id } = await api.createInvoice(invoiceFor(order, options()))
    const invoice = await api.invoice(id)
    expect(invoice.address).toMatchObject({ name: "Erika Muster", street: "Hauptstr. 1", zip: "10115", city: "Berlin", countryCode: "DE" })
    expect(invoice.totalPrice.totalGrossAmount).toBe(order.total)
  })

  it("credits a refund on the invoice, split over its rates", async () => {
    const invoice = await api.invoice(invoiceId)
    const body = creditNoteFor({ id: "ref_01", amount: 10, note: "Damaged parcel", created_at: "2026-01-20T08:00:00.000Z" }, order, invoice, options())
    const { id } = await api.createCreditNote(body, invoiceId)
    const note = await api.creditNote(id)
    expect(note.voucherNumber).toMatch(/^GS\d{4}$/)
    expect(note.precedingSalesVoucherId).toBe(invoiceId)
    expect(note.totalPrice.totalGrossAmount).toBe(10)
    expect(note.introduction).toBe(`Order #7 (order_01JCLIENT), invoice ${invoice.voucherNumber}, refund ref_01`)
    expect((await api.creditNoteFile(id)).toString("latin1")).toContain(note.voucherNumber)
  })

  it("reads the payment status: only balanced is paid", async () => {
    await lx.pay(invoiceId, 50)
    expect(await api.payment(invoiceId)).toMatchObject({ paymentStatus: "openRevenue", openAmount: 38.84, voucherType: "invoice", voucherStatus: "open" })
    await lx.pay(invoiceId, 38.84)
    expect(await api.payment(invoiceId)).toMatchObject({ paymentStatus: "balanced", openAmount: 0, voucherStatus: "paid" })
  })

  it("lists vouchers", async () => {
    const page = await api.voucherList({ voucherType: ["invoice", "creditnote"], voucherStatus: ["open", "paid"], contactId })
    expect(page.content.map((v) => [v.voucherType, v.voucherStatus])).toEqual(
      expect.arrayContaining([
        ["invoice", "paid"],
        ["creditnote", "open"],
      ])
    )
    expect(page.content.find((v) => v.id === invoiceId)).toMatchObject({ totalAmount: 88.84, openAmount: 0, currency: "EUR", contactId })
  })

  it("subscribes to events whose signatures verify with the fake's key", async () => {
    const received: { raw: Buffer; signature?: string }[] = []
    const receiver: Server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on("data", (chunk: Buffer) => chunks.push(chunk))
      req.on("end", () => {
        received.push({ raw: Buffer.concat(chunks), signature: req.headers["x-lxo-signature"] as string | undefined })
        res.writeHead(200).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
    const callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/lexoffice`
    try {
      const subscription = await api.subscribe("payment.changed", callbackUrl)
      expect(subscription).toMatchObject({ eventType: "payment.changed", callbackUrl })
      expect((await api.eventSubscriptions()).map((s) => s.subscriptionId)).toContain(subscription.subscriptionId)

      lx.deliver("payment.changed", invoiceId)
      lx.deliver("payment.changed", invoiceId, { signature: "forged" })
      lx.deliver("payment.changed", invoiceId, { signature: "none" })
      await lx.settled()
      expect(received.map(({ raw, signature }) => verifySignature(raw, signature, lx.publicKey))).toEqual([true, false, false])
      expect(JSON.parse(received[0].raw.toString())).toMatchObject({ eventType: "payment.changed", resourceId: invoiceId })

      await api.unsubscribe(subscription.subscriptionId)
      expect((await api.eventSubscriptions()).map((s) => s.subscriptionId)).not.toContain(subscription.subscriptionId)
    } finally {
      await new Promise((resolve) => receiver.close(resolve))
    }
  })

  it("says what Lexoffice rejected, field by field", async () => {
    const body = invoiceFor(order, options(), contactId)
    const net: LexofficeInvoiceBody = {
      ...body,
      lineItems: body.lineItems.map((line) =>
        "unitPrice" in line ? { ...line, unitPrice: { currency: "EUR", netAmount: line.unitPrice.grossAmount, taxRatePercentage: line.unitPrice.taxRatePercentage } } : line
      ),
    }
    const error = await rejection(api.createInvoice(net))
    expect(error.message).toMatch(/^Lexoffice: POST \/v1\/invoices rejected: lineItems\[0\]\.unitPrice\.grossAmount: .+ \(HTTP 400\)$/)
    expect(error).toMatchObject({ status: 400, retryable: false })
    expect(error.details[0]).toMatchObject({ field: "lineItems[0].unitPrice.grossAmount" })
  })

  it("says when the API key is not accepted", async () => {
    const stranger = new LexofficeClient(options({ api_key: "wrong" }))
    const error = await rejection(stranger.invoice(invoiceId))
    await stranger.close()
    expect(error.message).toBe(`Lexoffice: GET /v1/invoices/${invoiceId} failed with HTTP 401 (API key not accepted)`)
  })

  it("surfaces a 503 on a create without repeating it", async () => {
    const start = lx.requests.length
    const invoices = lx.invoices.size
    lx.fail({ method: "POST", path: "/v1/invoices", status: 503 })
    const error = await rejection(api.createInvoice(invoiceFor(order, options(), contactId)))
    expect(error.message).toBe("Lexoffice: POST /v1/invoices failed with HTTP 503")
    expect(error).toMatchObject({ status: 503, retryable: true })
    expect(since(start, "POST", "/v1/invoices")).toHaveLength(1)
    expect(lx.invoices.size).toBe(invoices)
  })

  it("repeats a read that failed with a 503, a few times", async () => {
    const path = `/v1/invoices/${invoiceId}`
    let start = lx.requests.length
    lx.fail({ method: "GET", path, status: 503, times: 2 })
    expect((await api.invoice(invoiceId)).id).toBe(invoiceId)
    expect(since(start, "GET", path).map((r) => r.status)).toEqual([503, 503, 200])

    start = lx.requests.length
    lx.fail({ method: "GET", path, status: 503, times: 4 })
    const error = await rejection(api.invoice(invoiceId))
    expect(error.message).toBe(`Lexoffice: GET ${path} failed with HTTP 503`)
    expect(since(start, "GET", path).map((r) => r.status)).toEqual([503, 503, 503, 503])
  })

  it("repeats a request after the Retry-After of a 429", async () => {
    // Another process without the shared limiter spends the tokens, while this client's limiter has one for it.
    await sleep(600)
    await Promise.all(
      [1, 2, 3].map(() => fetch(`${lx.url}/v1/event-subscriptions`, { headers: { authorization: `Bearer ${API_KEY}` } }).then((r) => r.arrayBuffer()))
    )
    const start = lx.requests.length
    expect((await api.invoice(invoiceId)).id).toBe(invoiceId)
    const tries = since(start, "GET", `/v1/invoices/${invoiceId}`)
    expect(tries.map((r) => r.status)).toEqual([429, 200])
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(1000)
  })

  it("gives up after max_attempts answers of 429", async () => {
    const patient = new LexofficeClient(options({ max_attempts: 2 }))
    lx.fail({ method: "POST", path: "/v1/contacts", status: 429, times: 2 })
    const error = await rejection(patient.createContact({ version: 0, roles: { customer: {} }, company: { name: "Muster GmbH" } }))
    await patient.close()
    expect(error.message).toBe("Lexoffice: POST /v1/contacts failed with HTTP 429")
    expect(error).toMatchObject({ status: 429, retryable: true })
  })

  it("times out; a create that timed out is not repeated and may still have happened", async () => {
    const hasty = new LexofficeClient(options({ timeout_ms: 300 }))
    try {
      const invoices = lx.invoices.size
      lx.fail({ method: "POST", path: "/v1/invoices", delayMs: 700 })
      const error = await rejection(hasty.createInvoice(invoiceFor(order, options(), contactId)))
      expect(error.message).toBe("Lexoffice: POST /v1/invoices timed out after 300 ms")
      expect(error).toMatchObject({ status: undefined, retryable: true })
      await sleep(700)
      expect(lx.invoices.size).toBe(invoices + 1)

      const start = lx.requests.length
      lx.fail({ method: "GET", path: `/v1/invoices/${invoiceId}`, delayMs: 700 })
      expect((await hasty.invoice(invoiceId)).id).toBe(invoiceId)
      // The fake records the stalled request when its stall ends.
      await sleep(700)
      expect(since(start, "GET", `/v1/invoices/${invoiceId}`)).toHaveLength(2)
    } finally {
      await hasty.close()
    }
  })

  it("says when Lexoffice cannot be reached", async () => {
    const gone = await startFakeLexoffice()
    await gone.close()
    const client = new LexofficeClient(options({ base_url: gone.url }))
    const error = await rejection(client.createContact({ version: 0, roles: { customer: {} }, company: { name: "Muster GmbH" } }))
    await client.close()
    expect(error.message).toMatch(/^Lexoffice: POST \/v1\/contacts failed: .*ECONNREFUSED/)
  })
})

describe("LexofficeClient under load", () => {
  it("keeps 20 concurrent creates at 2 requests/second at the fake, all succeeding through its 429s", async () => {
    const busy = await startFakeLexoffice()
    const client = new LexofficeClient(parseOptions({ api_key: API_KEY, base_url: busy.url }))
    try {
      busy.fail({ method: "POST", path: "/v1/invoices", status: 429, times: 2 })
      const created = await Promise.all(Array.from({ length: 20 }, () => client.createInvoice(invoiceFor(order, options()))))
      expect(new Set(created.map((c) => c.id)).size).toBe(20)
      expect(busy.invoices.size).toBe(20)
      expect(busy.requests.filter((r) => r.status === 429)).toHaveLength(2)
      expect(busy.maxRate()).toBeLessThanOrEqual(2)
    } finally {
      await client.close()
      await busy.close()
    }
  })
})
