import { FakeViva, startFakeViva } from "@agora/fakes/viva-wallet"
import { Logger } from "@medusajs/framework/types"
import http from "node:http"
import { AddressInfo } from "node:net"
import { VivaError } from "../../../lib/errors"
import { VivaOptions } from "../../../lib/options"
import VivaWalletProviderService, { VivaSessionData } from "../service"

type Envelope = { EventTypeId: number; MessageId: string; EventData: Record<string, any> }

let viva: FakeViva
let receiver: http.Server
// Every webhook the fake delivered, as it arrived.
const delivered: Envelope[] = []

beforeAll(async () => {
  viva = await startFakeViva()
  receiver = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      delivered.push(JSON.parse(body))
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  viva.setWebhookUrl(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/vivawallet`)
})

afterAll(async () => {
  await viva.close()
  await new Promise((resolve) => receiver.close(resolve))
})

function recordingLogger() {
  const lines: string[] = []
  const record = (level: string) => (message: string) => void lines.push(`${level}: ${message}`)
  const logger = { info: record("info"), warn: record("warn"), error: record("error"), debug: record("debug") } as unknown as Logger
  return { logger, lines, warnings: () => lines.filter((line) => line.startsWith("warn: ")) }
}

function provider(options: Partial<VivaOptions> = {}) {
  const log = recordingLogger()
  const service = new VivaWalletProviderService(
    { logger: log.logger },
    {
      client_id: "fake-client-id",
      client_secret: "fake-client-secret",
      merchant_id: "fake-merchant-id",
      api_key: "fake-api-key",
      environment: viva.url,
      ...options,
    } as VivaOptions
  )
  return { service, log }
}

let sessions = 0
const newSessionId = () => `payses_test${++sessions}`

async function initiate(service: VivaWalletProviderService, input: { amount?: number | string; currency_code?: string; data?: Record<string, unknown> } = {}) {
  const { id, status, data } = await service.initiatePayment({
    amount: input.amount ?? 19.99,
    currency_code: input.currency_code ?? "eur",
    data: { session_id: newSessionId(), ...input.data },
  })
  return { id, status, session: data as VivaSessionData }
}

/** The webhook the fake delivered for a transaction (after every delivery finished). */
async function webhookFor(transactionId: string): Promise<Envelope> {
  await viva.settled()
  const found = delivered.find((e) => e.EventData.TransactionId === transactionId)
  if (!found) throw new Error(`no webhook delivered for ${transactionId}`)
  return structuredClone(found)
}

const since = (start: number, method: string, path: string) =>
  viva.requests.slice(start).filter((r) => r.method === method && r.path === path)

describe("initiatePayment", () => {
  it("creates a Viva order for the session in minor units and points the shopper at its checkout page", async () => {
    const { service } = provider()
    const { id, status, session } = await initiate(service, { data: { email: "ana@example.com", full_name: "Ana Pop", locale: "de" } })

    expect(status).toBe("pending")
    expect(id).toMatch(/^\d{16}$/)
    expect(session).toEqual({
      session_id: expect.stringMatching(/^payses_/),
      order_code: id,
      checkout_url: `${viva.url}/web/checkout?ref=${id}`,
      amount: 1999,
      currency_code: "eur",
      preauth: false,
      status: "pending",
      transaction_id: null,
      capture_id: null,
      refunds: [],
    })
    expect(viva.orders.get(id)).toMatchObject({
      amount: 1999,
      currencyCode: "978",
      merchantTrns: session.session_id,
      customerTrns: "Order payment",
      customer: { email: "ana@example.com", fullName: "Ana Pop", requestLang: "de-DE" },
      preauth: false,
      paymentTimeout: 1800,
      sourceCode: "Default",
      stateId: 0,
    })
    const page = await fetch(session.checkout_url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain("19.99 EUR")
  })

  it("falls back to the signed-in customer, and converts 0- and 3-decimal currencies", async () => {
    const { service } = provider()
    const { id } = await service.initiatePayment({
      amount: 1000,
      currency_code: "JPY",
      data: { session_id: newSessionId(), locale: "el", description: "Agora order" },
      context: { customer: { id: "cus_1", email: "nikos@example.com", first_name: "Nikos", last_name: "Papas" } },
    })
    expect(viva.orders.get(id)).toMatchObject({
      amount: 1000,
      currencyCode: "392",
      customerTrns: "Agora order",
      customer: { email: "nikos@example.com", fullName: "Nikos Papas", requestLang: "el-GR" },
    })
    const { session } = await initiate(service, { amount: "1.234", currency_code: "kwd" })
    expect(viva.orders.get(session.order_code)).toMatchObject({ amount: 1234, currencyCode: "414" })
  })

  it("writes every session key itself, so the shopper's data cannot stand in for them", async () => {
    const { service } = provider()
    const shopper = { order_code: "1", checkout_url: "https://evil.example", amount: 1, transaction_id: "forged", capture_id: "forged", preauth: true }
    const { session } = await initiate(service, { data: shopper })
    // Medusa stores { ...shopper data, ...provider data }.
    const stored = { ...shopper, ...session }
    expect(stored).toMatchObject({ amount: 1999, transaction_id: null, capture_id: null, preauth: false })
    expect(stored.checkout_url).toBe(`${viva.url}/web/checkout?ref=${stored.order_code}`)
  })

  it("refuses amounts finer than the currency and unknown currencies before calling Viva", async () => {
    const { service } = provider()
    const start = viva.requests.length
    await expect(initiate(service, { amount: 19.999 })).rejects.toThrow("has more than 2 decimals")
    await expect(initiate(service, { currency_code: "xyz" })).rejects.toThrow('unsupported currency "xyz"')
    expect(viva.requests.length).toBe(start)
  })
})

describe("authorizePayment", () => {
  it("is pending until the shopper pays, then captured with the transaction", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    expect(await service.authorizePayment({ data: session })).toMatchObject({ status: "pending", data: { transaction_id: null } })

    const paid = await viva.pay(session.order_code)
    const authorized = await service.authorizePayment({ data: session })
    expect(authorized).toEqual({
      status: "captured",
      data: { ...session, status: "captured", transaction_id: paid.transactionId },
    })
    expect(await service.getPaymentStatus({ data: authorized.data })).toMatchObject({ status: "captured" })
    // Viva captured at payment: nothing more to do.
    const start = viva.requests.length
    expect(await service.capturePayment({ data: authorized.data })).toEqual({ data: authorized.data })
    expect(viva.requests.length).toBe(start)
  })

  it("reports a declined card as an error, and the order stays payable", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    await viva.pay(session.order_code, { outcome: "declined" })

    const declined = await service.authorizePayment({ data: session })
    expect(declined.status).toBe("error")
    expect(declined.data).toMatchObject({ transaction_id: null, error: expect.stringContaining("declined") })
    expect(viva.orders.get(session.order_code)!.stateId).toBe(0)

    const paid = await viva.pay(session.order_code)
    const authorized = await service.authorizePayment({ data: declined.data })
    expect(authorized.status).toBe("captured")
    expect(authorized.data).toMatchObject({ transaction_id: paid.transactionId })
    expect(authorized.data).not.toHaveProperty("error")
  })

  it("does not count a payment of another amount", async () => {
    const { service, log } = provider()
    const { session } = await initiate(service)
    const paid = await viva.pay(session.order_code, { amount: 500 })

    const result = await service.authorizePayment({ data: session })
    expect(result.status).toBe("error")
    expect(result.data).toMatchObject({ transaction_id: null, capture_id: null, error: expect.stringContaining("amount 5, expected 19.99 EUR") })
    expect(log.warnings()).toEqual([expect.stringContaining(`transaction ${paid.transactionId}`)])
    expect(viva.transactions.get(paid.transactionId)).toMatchObject({ statusId: "F", refunded: 0 })
  })

  it("rejects data that is not a Viva session", async () => {
    const { service } = provider()
    await expect(service.authorizePayment({ data: { session_id: "payses_x" } })).rejects.toThrow("Viva Wallet: not a Viva Wallet payment")
  })
})

describe("getWebhookActionAndData", () => {
  async function paidWebhook(service: VivaWalletProviderService, data: Record<string, unknown> = {}) {
    const { session } = await initiate(service, { data })
    const paid = await viva.pay(session.order_code)
    return { session, paid, envelope: await webhookFor(paid.transactionId) }
  }

  it("turns a genuine payment event (1796) into a capture of the session, in major units", async () => {
    const { service, log } = provider()
    const { session, envelope } = await paidWebhook(service)
    expect(envelope.EventTypeId).toBe(1796)

    const result = await service.getWebhookActionAndData({ data: envelope, rawData: JSON.stringify(envelope), headers: {} })
    expect(result).toEqual({ action: "captured", data: { session_id: session.session_id, amount: 19.99 } })
    expect(log.warnings()).toEqual([])
  })

  it("ignores an event whose amount differs from Viva's transaction", async () => {
    const { service, log } = provider()
    const { envelope } = await paidWebhook(service)
    envelope.EventData.Amount = 0.3

    const result = await service.getWebhookActionAndData({ data: envelope, rawData: "", headers: {} })
    expect(result).toEqual({ action: "not_supported" })
    expect(log.warnings()).toEqual([expect.stringContaining("amount mismatch")])
  })

  it("ignores an event for a transaction Viva does not know", async () => {
    const { service, log } = provider()
    const { envelope } = await paidWebhook(service)
    envelope.EventData.TransactionId = "00000000-0000-4000-8000-000000000000"

    expect(await service.getWebhookActionAndData({ data: envelope, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    expect(log.warnings()).toEqual([expect.stringContaining("unknown transaction 00000000-0000-4000-8000-000000000000")])
  })

  it("ignores an event whose order belongs to another transaction", async () => {
    const { service, log } = provider()
    const { envelope } = await paidWebhook(service)
    const other = await paidWebhook(service)
    envelope.EventData.OrderCode = Number(other.session.order_code)

    expect(await service.getWebhookActionAndData({ data: envelope, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    expect(log.warnings()).toEqual([expect.stringContaining(`not ${other.session.order_code}`)])
  })

  it("ignores a payment that is not for a Medusa payment session", async () => {
    const { service, log } = provider()
    const { id } = await service.initiatePayment({ amount: 10, currency_code: "eur", data: { session_id: "invoice-42" } })
    const paid = await viva.pay(id)
    const envelope = await webhookFor(paid.transactionId)

    expect(await service.getWebhookActionAndData({ data: envelope, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    expect(log.warnings()).toEqual([expect.stringContaining("unknown order")])
  })

  it("reports a declined payment (1798) as failed, and ignores refunds (1797) and malformed or other events", async () => {
    const { service, log } = provider()
    const { session } = await initiate(service)
    const declined = await viva.pay(session.order_code, { outcome: "declined" })
    const failed = await webhookFor(declined.transactionId)
    expect(failed.EventTypeId).toBe(1798)
    expect(await service.getWebhookActionAndData({ data: failed, rawData: "", headers: {} })).toEqual({
      action: "failed",
      data: { session_id: session.session_id, amount: 19.99 },
    })

    const paid = await viva.pay(session.order_code)
    const authorized = await service.authorizePayment({ data: session })
    const refunded = await service.refundPayment({ data: authorized.data, amount: 5 })
    const refund = await webhookFor((refunded.data as VivaSessionData).refunds[0].transaction_id)
    expect(refund.EventTypeId).toBe(1797)
    expect(await service.getWebhookActionAndData({ data: refund, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    expect(log.lines).toContainEqual(expect.stringMatching(/^info: .*a refund/))
    expect(log.warnings()).toEqual([])

    const other = { EventTypeId: 4865, MessageId: "m", EventData: { OrderCode: Number(session.order_code), IsCancelled: true } }
    expect(await service.getWebhookActionAndData({ data: other, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    const malformed = { ...(await webhookFor(paid.transactionId)), EventData: { TransactionId: 42 } }
    expect(await service.getWebhookActionAndData({ data: malformed, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    expect(await service.getWebhookActionAndData({ data: { hello: "world" }, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
    expect(log.warnings()).toHaveLength(2)
  })
})

describe("the connection to Viva", () => {
  it("gets a new token when Viva expired the old one mid-flow", async () => {
    const { service } = provider()
    const start = viva.requests.length
    const { session } = await initiate(service)
    viva.expireTokens()
    const paid = await viva.pay(session.order_code)

    // Retrieving the transaction (OAuth) meets a 401, takes a new token and tries once more.
    const envelope = await webhookFor(paid.transactionId)
    expect(await service.getWebhookActionAndData({ data: envelope, rawData: "", headers: {} })).toMatchObject({ action: "captured" })
    expect(await service.authorizePayment({ data: session })).toMatchObject({ status: "captured" })
    expect(since(start, "POST", "/connect/token")).toHaveLength(2)
    expect(since(start, "GET", `/checkout/v2/transactions/${paid.transactionId}`).map((r) => r.status)).toEqual([401, 200])
  })

  it("shares one token request between concurrent calls", async () => {
    const { service } = provider()
    const start = viva.requests.length
    await Promise.all([1, 2, 3, 4, 5].map(() => initiate(service)))
    expect(since(start, "POST", "/connect/token")).toHaveLength(1)
    expect(since(start, "POST", "/checkout/v2/orders")).toHaveLength(5)
  })

  it("fails clearly on a Viva 5xx when creating an order, without trying again", async () => {
    const { service } = provider()
    await initiate(service) // a token first, so the only failing request is the order's
    const orders = viva.orders.size
    const start = viva.requests.length
    viva.fail({ method: "POST", path: "/checkout/v2/orders", status: 503 })

    const error = await initiate(service).catch((e) => e)
    expect(error).toBeInstanceOf(VivaError)
    expect(error.message).toBe("Viva Wallet: POST /checkout/v2/orders failed with HTTP 503")
    expect(error).toMatchObject({ status: 503, retryable: true })
    expect(viva.orders.size).toBe(orders)
    expect(since(start, "POST", "/checkout/v2/orders")).toHaveLength(1)
  })

  it("gives up after timeout_ms when creating an order, without trying again", async () => {
    const { service } = provider({ timeout_ms: 300 })
    await initiate(service)
    const orders = viva.orders.size
    const start = viva.requests.length
    viva.fail({ method: "POST", path: "/checkout/v2/orders", status: 503, delayMs: 1000 })

    const began = Date.now()
    const error = await initiate(service).catch((e) => e)
    expect(Date.now() - began).toBeLessThan(900)
    expect(error).toBeInstanceOf(VivaError)
    expect(error.message).toBe("Viva Wallet: POST /checkout/v2/orders timed out after 300 ms")
    expect(error).toMatchObject({ status: undefined, retryable: true })
    await new Promise((resolve) => setTimeout(resolve, 900))
    expect(viva.orders.size).toBe(orders)
    expect(since(start, "POST", "/checkout/v2/orders")).toHaveLength(1)
  })

  it("reads again once after a 5xx or a timeout", async () => {
    const { service } = provider({ timeout_ms: 300 })
    const { session } = await initiate(service)
    await viva.pay(session.order_code)
    const start = viva.requests.length
    viva.fail({ method: "GET", path: "/api/transactions", status: 502 })
    expect(await service.authorizePayment({ data: session })).toMatchObject({ status: "captured" })
    viva.fail({ method: "GET", path: "/api/transactions", delayMs: 1000 })
    expect(await service.authorizePayment({ data: session })).toMatchObject({ status: "captured" })
    viva.fail({ method: "GET", path: "/api/transactions", status: 500, times: 2 })
    await expect(service.authorizePayment({ data: session })).rejects.toThrow("Viva Wallet: GET /api/transactions failed with HTTP 500")
    await new Promise((resolve) => setTimeout(resolve, 1000)) // the stalled read is logged once it is answered
    expect(since(start, "GET", "/api/transactions")).toHaveLength(6)
  })

  it("names rejected credentials", async () => {
    await expect(initiate(provider({ client_secret: "wrong" }).service)).rejects.toThrow(
      "Viva Wallet: POST /connect/token rejected: invalid_client (HTTP 400)"
    )
    const { service } = provider({ api_key: "wrong" })
    const { session } = await initiate(service)
    await expect(service.authorizePayment({ data: session })).rejects.toThrow(
      "Viva Wallet: GET /api/transactions failed with HTTP 401 (credentials not accepted)"
    )
  })
})

describe("refundPayment", () => {
  it("refunds part, then the rest, listing both refunds", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    const paid = await viva.pay(session.order_code)
    const { data: payment } = await service.authorizePayment({ data: session })

    const partial = await service.refundPayment({ data: payment, amount: 5, context: { idempotency_key: "ref_1" } })
    expect(viva.transactions.get(paid.transactionId)).toMatchObject({ statusId: "F", refunded: 500 })
    // Medusa passes raw amounts; a repeated call with the same refund id refunds nothing more.
    const again = await service.refundPayment({ data: partial.data, amount: { value: "5", precision: 20 }, context: { idempotency_key: "ref_1" } })
    expect(again.data).toEqual(partial.data)
    const full = await service.refundPayment({ data: again.data, amount: { value: "14.99", precision: 20 }, context: { idempotency_key: "ref_2" } })

    const refunds = (full.data as VivaSessionData).refunds
    expect(refunds).toEqual([
      { transaction_id: expect.any(String), amount: 500, idempotency_key: "ref_1" },
      { transaction_id: expect.any(String), amount: 1499, idempotency_key: "ref_2" },
    ])
    for (const refund of refunds) {
      expect(viva.transactions.get(refund.transaction_id)).toMatchObject({ parentId: paid.transactionId, transactionTypeId: 7 })
    }
    expect(viva.transactions.get(paid.transactionId)).toMatchObject({ statusId: "R", refunded: 1999 })
    await expect(service.refundPayment({ data: full.data, amount: 1 })).rejects.toThrow(/rejected: Transaction is already fully refunded/)
  })

  it("refuses to refund a session nobody paid", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    await expect(service.refundPayment({ data: session, amount: 5 })).rejects.toThrow("has no payment to refund")
  })
})

describe("cancelPayment and deletePayment", () => {
  it("cancel an unpaid order, so it can no longer be paid", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    const canceled = await service.cancelPayment({ data: session })
    expect(canceled.data).toMatchObject({ status: "canceled" })
    expect(viva.orders.get(session.order_code)!.stateId).toBe(2)
    expect((await fetch(session.checkout_url)).status).toBe(409)
    await expect(viva.pay(session.order_code)).rejects.toThrow()
    // Again, or once it is gone: nothing to do.
    await service.cancelPayment({ data: session })
    await service.deletePayment({ data: session })

    const other = await initiate(service)
    await service.deletePayment({ data: other.session })
    expect(viva.orders.get(other.session.order_code)!.stateId).toBe(2)
    await service.deletePayment({ data: { ...other.session, order_code: "1000000000000000" } })
  })

  it("ignore data that never became a Viva order", async () => {
    const { service } = provider()
    const start = viva.requests.length
    expect(await service.deletePayment({ data: { email: "ana@example.com" } })).toEqual({ data: { email: "ana@example.com" } })
    expect(viva.requests.length).toBe(start)
  })

  it("refuse to drop a session whose order the shopper has paid meanwhile", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    await viva.pay(session.order_code)
    await expect(service.deletePayment({ data: session })).rejects.toThrow(`order ${session.order_code} is already paid`)
    await expect(service.cancelPayment({ data: session })).rejects.toThrow("is already paid")
  })

  it("reverses what is left of a paid payment", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    const paid = await viva.pay(session.order_code)
    const { data: payment } = await service.authorizePayment({ data: session })
    const refunded = await service.refundPayment({ data: payment, amount: 4.99 })

    const canceled = await service.cancelPayment({ data: refunded.data })
    expect((canceled.data as VivaSessionData).refunds.map((r) => r.amount)).toEqual([499, 1500])
    expect(viva.transactions.get(paid.transactionId)).toMatchObject({ statusId: "R", refunded: 1999 })
  })
})

describe("preauth", () => {
  it("authorises at payment and captures when Medusa captures", async () => {
    const { service } = provider({ preauth: true })
    const { session } = await initiate(service)
    expect(session.preauth).toBe(true)
    expect(viva.orders.get(session.order_code)!.preauth).toBe(true)
    const paid = await viva.pay(session.order_code)
    expect(paid.statusId).toBe("A")

    const authorized = await service.authorizePayment({ data: session })
    expect(authorized).toMatchObject({ status: "authorized", data: { transaction_id: paid.transactionId, capture_id: null } })
    const envelope = await webhookFor(paid.transactionId)
    expect(await service.getWebhookActionAndData({ data: envelope, rawData: "", headers: {} })).toEqual({
      action: "authorized",
      data: { session_id: session.session_id, amount: 19.99 },
    })

    const captured = await service.capturePayment({ data: authorized.data })
    const captureId = (captured.data as VivaSessionData).capture_id!
    expect(captured.data).toMatchObject({ status: "captured", transaction_id: paid.transactionId })
    expect(viva.transactions.get(captureId)).toMatchObject({ statusId: "F", amount: 1999, parentId: paid.transactionId, transactionTypeId: 0 })
    expect(viva.transactions.get(paid.transactionId)).toMatchObject({ statusId: "A", captured: true })

    // A repeated capture, even from the data before it, captures nothing more.
    expect(await service.capturePayment({ data: captured.data })).toEqual({ data: captured.data })
    expect(await service.capturePayment({ data: authorized.data })).toEqual(captured)
    expect(await service.getPaymentStatus({ data: authorized.data })).toMatchObject({ status: "captured", data: { capture_id: captureId } })

    // Refunds reverse the capture.
    const refunded = await service.refundPayment({ data: captured.data, amount: 19.99 })
    expect(viva.transactions.get((refunded.data as VivaSessionData).refunds[0].transaction_id)).toMatchObject({ parentId: captureId })
    expect(viva.transactions.get(captureId)!.statusId).toBe("R")
  })

  it("voids an authorisation that is cancelled before capture", async () => {
    const { service } = provider({ preauth: true })
    const { session } = await initiate(service)
    const paid = await viva.pay(session.order_code)
    const { data: payment } = await service.authorizePayment({ data: session })

    await service.cancelPayment({ data: payment })
    expect(viva.transactions.get(paid.transactionId)!.statusId).toBe("X")
  })
})

describe("updatePayment", () => {
  it("replaces the order when the amount changes and cancels the old one", async () => {
    const { service } = provider()
    const { session } = await initiate(service)

    const same = await service.updatePayment({ amount: "19.99", currency_code: "eur", data: session })
    expect(same).toEqual({ status: "pending", data: session })

    const updated = await service.updatePayment({ amount: 25, currency_code: "eur", data: session })
    const next = updated.data as VivaSessionData
    expect(updated.status).toBe("pending")
    expect(next).toMatchObject({ session_id: session.session_id, amount: 2500, transaction_id: null })
    expect(next.order_code).not.toBe(session.order_code)
    expect(next.checkout_url).toBe(`${viva.url}/web/checkout?ref=${next.order_code}`)
    expect(viva.orders.get(next.order_code)).toMatchObject({ amount: 2500, merchantTrns: session.session_id, stateId: 0 })
    expect(viva.orders.get(session.order_code)!.stateId).toBe(2)
  })

  it("keeps a paid order and drops the replacement", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    await viva.pay(session.order_code)
    const orders = new Set(viva.orders.keys())

    await expect(service.updatePayment({ amount: 25, currency_code: "eur", data: session })).rejects.toThrow("is already paid")
    const replacement = [...viva.orders.keys()].find((code) => !orders.has(code))!
    expect(viva.orders.get(replacement)!.stateId).toBe(2)
    expect(viva.orders.get(session.order_code)!.stateId).toBe(3)
  })
})

describe("retrievePayment", () => {
  it("answers Viva's order and its transactions", async () => {
    const { service } = provider()
    const { session } = await initiate(service)
    const paid = await viva.pay(session.order_code)
    const { data } = await service.retrievePayment({ data: session })
    expect(data).toMatchObject({
      order_code: session.order_code,
      order: { OrderCode: session.order_code, StateId: 3, RequestAmount: 19.99 },
      transactions: [{ TransactionId: paid.transactionId, StatusId: "F", Amount: 19.99, Order: { OrderCode: session.order_code } }],
    })
  })
})
