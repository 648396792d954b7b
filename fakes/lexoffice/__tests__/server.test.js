"use strict"

const test = require("node:test")
const assert = require("node:assert/strict")
const http = require("node:http")
const { verify } = require("node:crypto")
const { startFakeLexoffice } = require("..")

const DATE = "2026-01-15T10:00:00.000+01:00"
const AUTH = { authorization: "Bearer fake-lexoffice-key" }

/** A fake whose rate limit is out of the way, unless the test sets ratePerSecond. */
async function start(t, options = {}) {
  const lx = await startFakeLexoffice({ ratePerSecond: 1000, webhookRetryIntervalMs: 20, ...options })
  t.after(() => lx.close())
  return lx
}

/** @returns {Promise<{ status: number, headers: Headers, body: any }>} */
async function call(lx, method, path, body, headers = AUTH) {
  const res = await fetch(`${lx.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    body: text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text,
  }
}

const line = (name, quantity, amount, rate, extra = {}) => ({
  type: "custom",
  name,
  quantity,
  unitName: "Stück",
  unitPrice: { currency: "EUR", grossAmount: amount, taxRatePercentage: rate },
  ...extra,
})

function invoiceBody(overrides = {}) {
  return {
    voucherDate: DATE,
    address: { name: "Ana Example", countryCode: "DE" },
    lineItems: [line("Mug", 2, 12.5, 19)],
    totalPrice: { currency: "EUR" },
    taxConditions: { taxType: "gross" },
    shippingConditions: { shippingType: "delivery", shippingDate: DATE },
    ...overrides,
  }
}

async function createInvoice(lx, body = invoiceBody(), finalize = true) {
  const res = await call(lx, "POST", `/v1/invoices${finalize ? "?finalize=true" : ""}`, body)
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return res.body.id
}

async function createContact(lx, email, lastName = "Example") {
  const res = await call(lx, "POST", "/v1/contacts", {
    version: 0,
    roles: { customer: {} },
    person: { firstName: "Ana", lastName },
    emailAddresses: { private: [email] },
    addresses: { billing: [{ street: "Hauptstr. 1", zip: "10115", city: "Berlin", countryCode: "DE" }] },
  })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return res.body.id
}

/** A webhook receiver answering each POST with the next of `statuses` (then 200), keeping the raw bodies. */
async function startReceiver(t, statuses = []) {
  const received = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      received.push({ raw, signature: req.headers["x-lxo-signature"], contentType: req.headers["content-type"] })
      res.writeHead(statuses.shift() ?? 200).end()
    })
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  t.after(() => new Promise((resolve) => server.close(resolve)))
  return { url: `http://127.0.0.1:${server.address().port}/hooks/lexoffice`, received }
}

const signedBy = (publicKey, { raw, signature }) =>
  signature !== undefined && verify("sha512", Buffer.from(raw), publicKey, Buffer.from(signature, "base64"))

test("refuses requests without the right API key", async (t) => {
  const lx = await start(t)
  for (const headers of [{}, { authorization: "Bearer wrong" }]) {
    const res = await call(lx, "GET", "/v1/contacts", undefined, headers)
    assert.equal(res.status, 401)
    assert.deepEqual(res.body, { message: "Unauthorized" })
  }
  assert.equal((await call(lx, "GET", "/_fake/state", undefined, {})).status, 200)
})

test("creates a contact and finds it by email, case-insensitively", async (t) => {
  const lx = await start(t)
  const id = await createContact(lx, "Ana@Example.com")
  const found = await call(lx, "GET", "/v1/contacts?email=ana%40example.COM&customer=true")
  assert.equal(found.status, 200)
  assert.deepEqual(
    found.body.content.map((c) => c.id),
    [id]
  )
  assert.equal(found.body.totalElements, 1)
  assert.equal(found.body.first, true)
  assert.equal((await call(lx, "GET", "/v1/contacts?email=bob%40example.com")).body.totalElements, 0)
  assert.equal((await call(lx, "GET", "/v1/contacts?email=ana%40example.com&vendor=true")).body.totalElements, 0)

  const contact = await call(lx, "GET", `/v1/contacts/${id}`)
  assert.equal(contact.body.organizationId, "aa93e8a8-2aa3-470b-b914-caad8a255dd8")
  assert.equal(contact.body.version, 1)
  assert.deepEqual(contact.body.roles, { customer: { number: 10001 } })
  assert.equal(lx.contacts.get(id).person.lastName, "Example")

  const invalid = await call(lx, "POST", "/v1/contacts", {
    version: 0,
    roles: { customer: {} },
    company: {},
    emailAddresses: { business: ["a@example.com", "b@example.com"] },
  })
  assert.equal(invalid.status, 400)
  assert.deepEqual(
    invalid.body.details.map((d) => d.field),
    ["company.name", "emailAddresses.business"]
  )
  assert.equal((await call(lx, "GET", "/v1/contacts/nope")).status, 404)
})

test("computes gross totals per tax rate, with a line discount and a discount line", async (t) => {
  const lx = await start(t)
  const id = await createInvoice(
    lx,
    invoiceBody({
      lineItems: [
        line("Shirt", 2, 19.99, 19, { discountPercentage: 10 }), // 35.982 -> 35.98
        line("Book", 1, 12.5, 7),
        line("Voucher", 1, -5, 19),
        { type: "text", name: "Thank you" },
      ],
    })
  )
  const invoice = (await call(lx, "GET", `/v1/invoices/${id}`)).body
  assert.deepEqual(
    invoice.lineItems.map((l) => l.lineItemAmount),
    [35.98, 12.5, -5, undefined]
  )
  assert.deepEqual(invoice.lineItems[1].unitPrice, {
    currency: "EUR",
    netAmount: 11.6822,
    grossAmount: 12.5,
    taxRatePercentage: 7,
  })
  // 19 %: gross 30.98, net round(30.98 / 1.19) = 26.03; 7 %: gross 12.50, net 11.68.
  assert.deepEqual(invoice.taxAmounts, [
    { taxRatePercentage: 19, taxAmount: 4.95, netAmount: 26.03 },
    { taxRatePercentage: 7, taxAmount: 0.82, netAmount: 11.68 },
  ])
  assert.deepEqual(invoice.totalPrice, { currency: "EUR", totalNetAmount: 37.71, totalGrossAmount: 43.48, totalTaxAmount: 5.77 })
})

test("computes net totals after a total discount", async (t) => {
  const lx = await start(t)
  const netLine = { ...line("Tea", 3, 0, 19), unitPrice: { currency: "EUR", netAmount: 9.99, taxRatePercentage: 19 } }
  const id = await createInvoice(
    lx,
    invoiceBody({
      lineItems: [netLine],
      taxConditions: { taxType: "net" },
      totalPrice: { currency: "EUR", totalDiscountPercentage: 10 },
    })
  )
  const { lineItems, totalPrice, taxAmounts } = lx.invoices.get(id)
  assert.equal(lineItems[0].lineItemAmount, 29.97)
  assert.equal(lineItems[0].unitPrice.grossAmount, 11.8881)
  // 29.97 less 10 % = 26.97; tax round(26.97 × 0.19) = 5.12.
  assert.deepEqual(taxAmounts, [{ taxRatePercentage: 19, taxAmount: 5.12, netAmount: 26.97 }])
  assert.deepEqual(totalPrice, {
    currency: "EUR",
    totalNetAmount: 26.97,
    totalGrossAmount: 32.09,
    totalTaxAmount: 5.12,
    totalDiscountPercentage: 10,
    totalDiscountAbsolute: 3,
  })
})

test("rejects an invalid invoice with 400 details naming the fields", async (t) => {
  const lx = await start(t)
  const netPriced = { ...line("Mug", 1, 0, 19), unitPrice: { currency: "EUR", netAmount: 10, taxRatePercentage: 19 } }
  const res = await call(
    lx,
    "POST",
    "/v1/invoices?finalize=true",
    invoiceBody({
      lineItems: [netPriced, line("Cup", 1, 1.23456, 42)],
    })
  )
  assert.equal(res.status, 400)
  assert.equal(res.body.status, 400)
  assert.equal(res.body.error, "Bad Request")
  assert.equal(res.body.path, "/v1/invoices")
  assert.ok(res.body.timestamp && res.body.traceId)
  assert.deepEqual(res.body.details, [
    { violation: "NOTNULL", field: "lineItems[0].unitPrice.grossAmount", message: "must not be null" },
    {
      violation: "INVALID",
      field: "lineItems[1].unitPrice.taxRatePercentage",
      message: "must be a percentage from 0 to 30 with at most 2 decimals",
    },
    { violation: "INVALID", field: "lineItems[1].unitPrice.grossAmount", message: "must be a number with at most 4 decimals" },
  ])

  const unknownContact = await call(lx, "POST", "/v1/invoices", invoiceBody({ address: { contactId: "nope" } }))
  assert.equal(unknownContact.status, 400)
  assert.deepEqual(
    unknownContact.body.details.map((d) => d.field),
    ["address.contactId"]
  )
  const noDate = await call(lx, "POST", "/v1/invoices", invoiceBody({ voucherDate: "2026-01-15" }))
  assert.deepEqual(
    noDate.body.details.map((d) => d.field),
    ["voucherDate"]
  )
  const text = await fetch(`${lx.url}/v1/invoices`, { method: "POST", headers: AUTH, body: JSON.stringify(invoiceBody()) })
  assert.equal(text.status, 415)
  assert.equal(lx.invoices.size, 0)
})

test("finalizing numbers invoices RE0001, RE0002 and renders a PDF; a draft has neither", async (t) => {
  const lx = await start(t)
  const first = await createInvoice(lx)
  const draft = await createInvoice(lx, invoiceBody(), false)
  const second = await createInvoice(lx)
  assert.equal(lx.invoices.get(first).voucherNumber, "RE0001")
  assert.equal(lx.invoices.get(second).voucherNumber, "RE0002")
  assert.equal(lx.invoices.get(second).voucherStatus, "open")
  assert.equal(lx.invoices.get(draft).voucherStatus, "draft")
  assert.equal(lx.invoices.get(draft).voucherNumber, undefined)

  const res = await fetch(`${lx.url}/v1/invoices/${first}/file`, { headers: { ...AUTH, accept: "application/pdf" } })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get("content-type"), "application/pdf")
  const pdf = Buffer.from(await res.arrayBuffer()).toString("latin1")
  assert.match(pdf, /^%PDF-1\.4\n/)
  assert.match(pdf, /%%EOF\n$/)
  assert.match(pdf, /\(Rechnung RE0001\)/)
  assert.match(pdf, /\(Gesamt: 25\.00 EUR\)/)
  // The xref table points at each object and startxref at the table.
  const xref = Number(/startxref\n(\d+)\n/.exec(pdf)[1])
  assert.ok(pdf.startsWith("xref\n", xref))
  const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
  offsets.forEach((offset, index) => assert.ok(pdf.startsWith(`${index + 1} 0 obj\n`, offset)))

  assert.equal((await call(lx, "GET", `/v1/invoices/${draft}/file`)).status, 406)
  assert.equal(
    (await call(lx, "GET", `/v1/invoices/${first}/file`, undefined, { ...AUTH, accept: "application/json" })).status,
    406
  )
  const payments = await call(lx, "GET", `/v1/payments/${draft}`)
  assert.equal(payments.status, 406)
  assert.equal(payments.body.status, 406)
  await assert.rejects(lx.pay(draft, 1), /draft/)
})

test("a credit note references its invoice", async (t) => {
  const lx = await start(t)
  const invoiceId = await createInvoice(lx)
  const body = invoiceBody({ lineItems: [line("Mug returned", 1, 12.5, 19)], shippingConditions: undefined })
  const created = await call(lx, "POST", `/v1/credit-notes?finalize=true&precedingSalesVoucherId=${invoiceId}`, body)
  assert.equal(created.status, 200)
  assert.equal(created.body.resourceUri, `${lx.url}/v1/credit-notes/${created.body.id}`)

  const note = (await call(lx, "GET", `/v1/credit-notes/${created.body.id}`)).body
  assert.equal(note.voucherNumber, "GS0001")
  assert.equal(note.precedingSalesVoucherId, invoiceId)
  assert.equal(note.totalPrice.totalGrossAmount, 12.5)
  assert.deepEqual(note.relatedVouchers, [{ id: invoiceId, voucherNumber: "RE0001", voucherType: "invoice" }])
  assert.deepEqual(lx.invoices.get(invoiceId).relatedVouchers, [
    { id: note.id, voucherNumber: "GS0001", voucherType: "creditnote" },
  ])
  assert.equal((await call(lx, "GET", `/v1/credit-notes/${note.id}/file`)).status, 200)
  const payment = (await call(lx, "GET", `/v1/payments/${note.id}`)).body
  assert.deepEqual([payment.voucherType, payment.paymentStatus, payment.openAmount], ["creditnote", "openExpense", 12.5])

  const unknown = await call(lx, "POST", "/v1/credit-notes?finalize=true&precedingSalesVoucherId=nope", body)
  assert.equal(unknown.status, 400)
  assert.deepEqual(
    unknown.body.details.map((d) => d.field),
    ["precedingSalesVoucherId"]
  )
})

test("voucherlist requires voucherType and voucherStatus and filters, newest first", async (t) => {
  const lx = await start(t)
  const missing = await call(lx, "GET", "/v1/voucherlist")
  assert.equal(missing.status, 400)
  assert.deepEqual(
    missing.body.details.map((d) => d.field),
    ["voucherType", "voucherStatus"]
  )
  assert.deepEqual(
    (await call(lx, "GET", "/v1/voucherlist?voucherType=bill&voucherStatus=open")).body.details.map((d) => d.field),
    ["voucherType"]
  )

  const ana = await createContact(lx, "ana@example.com")
  const bob = await createContact(lx, "bob@example.com", "Builder")
  const first = await createInvoice(lx, invoiceBody({ address: { contactId: ana } }))
  const second = await createInvoice(lx, invoiceBody({ address: { contactId: bob } }))
  await createInvoice(lx, invoiceBody({ address: { contactId: ana } }), false)
  const note = await call(
    lx,
    "POST",
    `/v1/credit-notes?finalize=true&precedingSalesVoucherId=${first}`,
    invoiceBody({ address: { contactId: ana } })
  )

  const list = (query) => call(lx, "GET", `/v1/voucherlist?${query}`).then((res) => res.body)
  const open = await list("voucherType=invoice&voucherStatus=open")
  assert.deepEqual(
    open.content.map((v) => v.id),
    [second, first]
  )
  assert.deepEqual(
    { ...open.content[1], createdDate: undefined, updatedDate: undefined },
    {
      id: first,
      voucherType: "invoice",
      voucherStatus: "open",
      voucherNumber: "RE0001",
      voucherDate: DATE,
      createdDate: undefined,
      updatedDate: undefined,
      dueDate: null,
      contactId: ana,
      contactName: "Ana Example",
      totalAmount: 25,
      openAmount: 25,
      currency: "EUR",
      archived: false,
    }
  )
  assert.deepEqual(
    (await list(`voucherType=invoice,creditnote&voucherStatus=open&contactId=${ana}`)).content.map((v) => v.id),
    [note.body.id, first]
  )
  assert.equal((await list("voucherType=any&voucherStatus=any")).totalElements, 4)
  assert.equal((await list("voucherType=invoice&voucherStatus=draft")).totalElements, 1)
  assert.equal((await list("voucherType=invoice&voucherStatus=open&createdDateFrom=2999-01-01")).totalElements, 0)
  const paged = await list("voucherType=any&voucherStatus=any&page=1&size=3")
  assert.deepEqual([paged.numberOfElements, paged.totalPages, paged.last, paged.number], [1, 2, true, 1])
})

test("payments: openRevenue after a partial payment, balanced and paid after the rest", async (t) => {
  const lx = await start(t)
  const id = await createInvoice(lx, invoiceBody({ lineItems: [line("Lamp", 1, 99.99, 19)] }))
  const before = (await call(lx, "GET", `/v1/payments/${id}`)).body
  assert.deepEqual(before, {
    openAmount: 99.99,
    currency: "EUR",
    paymentStatus: "openRevenue",
    voucherType: "invoice",
    voucherStatus: "open",
    paymentItems: [],
  })

  const partial = await lx.pay(id, 40.01)
  assert.deepEqual([partial.openAmount, partial.paymentStatus, partial.voucherStatus], [59.98, "openRevenue", "open"])
  await assert.rejects(lx.pay(id, 60), /exceeds the open amount 59\.98/)
  const res = await call(lx, "POST", "/_fake/pay", { voucherId: id, amount: 59.98 })
  assert.equal(res.status, 200)

  const after = (await call(lx, "GET", `/v1/payments/${id}`)).body
  assert.equal(after.openAmount, 0)
  assert.equal(after.paymentStatus, "balanced")
  assert.equal(after.voucherStatus, "paid")
  assert.equal(after.paidDate, after.paymentItems[1].postingDate)
  assert.deepEqual(
    after.paymentItems.map((p) => [p.paymentItemType, p.amount, p.currency]),
    [
      ["manualPayment", 40.01, "EUR"],
      ["manualPayment", 59.98, "EUR"],
    ]
  )
  assert.equal(lx.invoices.get(id).voucherStatus, "paid")
  const paid = (await call(lx, "GET", "/v1/voucherlist?voucherType=invoice&voucherStatus=paid")).body.content
  assert.deepEqual(
    paid.map((v) => [v.id, v.openAmount]),
    [[id, 0]]
  )
})

test("delivers signed webhooks to subscriptions; forged and unsigned ones on request", async (t) => {
  const receiver = await startReceiver(t)
  const lx = await start(t)
  for (const eventType of ["invoice.created", "payment.changed", "invoice.status.changed"]) {
    const res = await call(lx, "POST", "/v1/event-subscriptions", { eventType, callbackUrl: receiver.url })
    assert.equal(res.status, 200)
    assert.deepEqual(Object.keys(res.body).sort(), [
      "callbackUrl",
      "createdDate",
      "eventType",
      "organizationId",
      "subscriptionId",
    ])
  }
  const duplicate = await call(lx, "POST", "/v1/event-subscriptions", { eventType: "invoice.created", callbackUrl: receiver.url })
  assert.equal(duplicate.status, 409)
  assert.equal(
    (await call(lx, "POST", "/v1/event-subscriptions", { eventType: "invoice.exploded", callbackUrl: receiver.url })).status,
    400
  )
  assert.equal((await call(lx, "GET", "/v1/event-subscriptions")).body.content.length, 3)

  const id = await createInvoice(lx)
  await lx.pay(id, 10)
  await lx.pay(id, 15)
  await lx.settled()
  const events = receiver.received.map((r) => JSON.parse(r.raw))
  assert.deepEqual(
    events.map((e) => e.eventType),
    ["invoice.created", "payment.changed", "payment.changed", "invoice.status.changed"]
  )
  const [first] = receiver.received
  assert.equal(first.contentType, "application/json")
  assert.deepEqual(Object.keys(JSON.parse(first.raw)), ["organizationId", "eventType", "resourceId", "eventDate"])
  assert.ok(events.every((e) => e.resourceId === id && e.organizationId === "aa93e8a8-2aa3-470b-b914-caad8a255dd8"))
  assert.ok(receiver.received.every((r) => signedBy(lx.publicKey, r)))
  assert.equal(signedBy(lx.publicKey, { ...first, raw: first.raw.replace(id, "other") }), false)
  assert.match(lx.publicKey, /^-----BEGIN PUBLIC KEY-----\n/)

  const body = lx.deliver("payment.changed", id, { signature: "forged" })
  lx.deliver("payment.changed", id, { signature: "none" })
  await lx.settled()
  const [forged, unsigned] = receiver.received.slice(4)
  assert.equal(forged.raw, body)
  assert.equal(signedBy(lx.publicKey, forged), false)
  assert.equal(unsigned.signature, undefined)
  assert.throws(() => lx.deliver("contact.created", id), /no subscription for contact\.created/)

  const [subscription] = lx.subscriptions.values()
  assert.equal((await call(lx, "DELETE", `/v1/event-subscriptions/${subscription.subscriptionId}`)).status, 204)
  assert.equal((await call(lx, "GET", `/v1/event-subscriptions/${subscription.subscriptionId}`)).status, 404)
})

test("retries a webhook after a 500 with the same signed bytes", async (t) => {
  const receiver = await startReceiver(t, [500])
  const lx = await start(t)
  await call(lx, "POST", "/v1/event-subscriptions", { eventType: "invoice.created", callbackUrl: receiver.url })
  const id = await createInvoice(lx)
  await lx.settled()
  assert.deepEqual(
    lx.deliveries.map(({ attempt, status, resourceId }) => [attempt, status, resourceId]),
    [
      [1, 500, id],
      [2, 200, id],
    ]
  )
  const [failed, retried] = receiver.received
  assert.equal(retried.raw, failed.raw)
  assert.equal(retried.signature, failed.signature)
})

test("close() stops pending retries", async (t) => {
  const receiver = await startReceiver(t, [500])
  const lx = await startFakeLexoffice({ ratePerSecond: 1000, webhookRetryIntervalMs: 60_000 })
  await call(lx, "POST", "/v1/event-subscriptions", { eventType: "invoice.created", callbackUrl: receiver.url })
  await createInvoice(lx)
  while (lx.deliveries.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
  await lx.close()
  await lx.settled()
  assert.equal(receiver.received.length, 1)
})

test("answers 429 with Retry-After beyond 2 requests in a burst, and maxRate counts the rest", async (t) => {
  const lx = await start(t, { ratePerSecond: 2 })
  const statuses = []
  for (let i = 0; i < 4; i++) statuses.push((await call(lx, "GET", "/v1/event-subscriptions")).status)
  assert.deepEqual(statuses, [200, 200, 429, 429])
  const limited = await call(lx, "GET", "/v1/event-subscriptions")
  assert.equal(limited.headers.get("retry-after"), "1")
  assert.deepEqual(limited.body, { status: 429, error: "Too Many Requests", message: "Rate limit exceeded" })
  assert.equal((await call(lx, "GET", "/_fake/state", undefined, {})).status, 200)
  assert.equal(lx.requests.filter((r) => r.status === 429).length, 3)
  assert.equal(lx.maxRate(), 2)

  await new Promise((resolve) => setTimeout(resolve, 520))
  assert.equal((await call(lx, "GET", "/v1/event-subscriptions")).status, 200)
  assert.equal((await call(lx, "GET", "/v1/event-subscriptions")).status, 429)
  assert.equal(lx.maxRate(), 3)
  assert.equal(lx.maxRate(500), 2)

  const quiet = await start(t, { ratePerSecond: 2, retryAfterSeconds: null })
  await Promise.all([1, 2].map(() => call(quiet, "GET", "/v1/contacts")))
  const res = await call(quiet, "GET", "/v1/contacts")
  assert.equal(res.status, 429)
  assert.equal(res.headers.get("retry-after"), null)
})

test("fail() answers 503 once, then the endpoint works again", async (t) => {
  const lx = await start(t)
  lx.fail({ method: "POST", path: "/v1/invoices", status: 503 })
  const failed = await call(lx, "POST", "/v1/invoices?finalize=true", invoiceBody())
  assert.equal(failed.status, 503)
  assert.equal(failed.body.error, "Service Unavailable")
  assert.equal(lx.invoices.size, 0)
  await createInvoice(lx)
  assert.deepEqual(
    lx.requests.filter((r) => r.path === "/v1/invoices").map((r) => r.status),
    [503, 200]
  )

  assert.equal((await call(lx, "POST", "/_fake/fail", { path: "/v1/payments/*", status: 500, times: 2 })).status, 204)
  assert.equal((await call(lx, "GET", "/v1/payments/x")).status, 500)
  assert.equal((await call(lx, "GET", "/v1/payments/x")).status, 500)
  assert.equal((await call(lx, "GET", "/v1/payments/x")).status, 404)
  assert.equal((await call(lx, "POST", "/_fake/fail", { path: "/v1/x" })).status, 400)
})

test("control endpoints show the state and the public key", async (t) => {
  const lx = await start(t)
  const id = await createInvoice(lx)
  const key = await call(lx, "GET", "/_fake/public-key", undefined, {})
  assert.equal(key.body, lx.publicKey)
  const state = (await call(lx, "GET", "/_fake/state", undefined, {})).body
  assert.deepEqual(
    state.invoices.map((i) => i.id),
    [id]
  )
  assert.deepEqual(
    state.payments.map((p) => [p.voucherId, p.openAmount]),
    [[id, 25]]
  )
})
