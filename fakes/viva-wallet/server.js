"use strict"

const http = require("node:http")
const { randomBytes } = require("node:crypto")
const { toMajor } = require("./amounts")
const { checkoutPage, messagePage } = require("./checkout-page")
const { createFailures } = require("./failures")
const { createLedger, LedgerError } = require("./ledger")
const { createWebhooks } = require("./webhooks")

const SCOPE = "urn:viva:payments:core:api:redirectcheckout"
const MAX_BODY_BYTES = 1024 * 1024
const WEBHOOK_TIMEOUT_MS = 10_000
const CARD = { cardNumber: "414746XXXXXX0133", cardCountryCode: "GR", cardIssuingBank: "Fake Bank S.A.", cardTypeId: 0 }

/**
 * @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Answer
 * @typedef {{ req: http.IncomingMessage, url: URL, params: string[], raw: string }} Request
 */

const json = (status, body) => ({ status, body })
const html = (status, page) => ({ status, body: page, headers: { "content-type": "text/html; charset=utf-8" } })

/**
 * Starts a fake Viva Wallet (accounts, API and www hosts on one base URL) on 127.0.0.1.
 * @param {import("./index").FakeVivaOptions} [options]
 * @returns {Promise<import("./index").FakeViva>}
 */
async function startFakeViva(options = {}) {
  const clientId = options.clientId ?? "fake-client-id"
  const clientSecret = options.clientSecret ?? "fake-client-secret"
  const merchantId = options.merchantId ?? "fake-merchant-id"
  const apiKey = options.apiKey ?? "fake-api-key"
  const webhookKey = options.webhookKey ?? randomBytes(20).toString("hex").toUpperCase()
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 3600
  const sources = options.sources ?? {}
  const log = options.log

  /** @type {Map<string, number>} access token -> expiry (epoch ms) */
  const tokens = new Map()
  /** @type {Array<{ method: string, path: string, status: number }>} */
  const requests = []
  /** @type {Set<NodeJS.Timeout>} injected stalls, cleared by close() */
  const stalls = new Set()
  let closed = false

  const failures = createFailures()
  const webhooks = createWebhooks({
    url: options.webhookUrl ?? null,
    recipientId: merchantId,
    retryIntervalMs: options.retryIntervalMs ?? 1000,
    maxAttempts: options.maxAttempts ?? 24,
    timeoutMs: options.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS,
    log,
  })
  const ledger = createLedger({
    isSource: (code) => code === "Default" || Object.hasOwn(sources, code),
    onEvent: (transaction) => webhooks.send(eventFor(transaction)),
  })

  /** The webhook Viva sends for a transaction: 1796 paid/authorised, 1798 failed, 1797 reversal. */
  function eventFor(transaction) {
    const order = ledger.orders.get(transaction.orderCode)
    const EventTypeId = transaction.transactionTypeId === 7 ? 1797 : transaction.statusId === "E" ? 1798 : 1796
    return {
      EventTypeId,
      EventData: {
        TransactionId: transaction.transactionId,
        OrderCode: Number(transaction.orderCode),
        StatusId: transaction.statusId,
        Amount: toMajor(transaction.amount, transaction.currencyCode),
        CurrencyCode: transaction.currencyCode,
        MerchantTrns: transaction.merchantTrns,
        CustomerTrns: transaction.customerTrns,
        Email: transaction.email,
        FullName: transaction.fullName,
        Phone: order?.customer.phone ?? null,
        InsDate: transaction.insDate,
        SourceCode: transaction.sourceCode,
        TransactionTypeId: transaction.transactionTypeId,
        ParentId: transaction.parentId,
        MerchantId: merchantId,
        ResponseCode: transaction.responseCode,
        CardNumber: CARD.cardNumber,
        CardCountryCode: CARD.cardCountryCode,
        CardIssuingBank: CARD.cardIssuingBank,
        CardTypeId: CARD.cardTypeId,
        CardUniqueReference: transaction.cardUniqueReference,
        TotalInstallments: 0,
        CurrentInstallment: 0,
        TipAmount: 0,
        TotalFee: 0,
        Tags: order?.tags ?? [],
        OrderCulture: order?.customer.requestLang ?? "en-GB",
        ElectronicCommerceIndicator: "5",
        DigitalWalletId: null,
      },
    }
  }

  /** Where the hosted page sends the shopper back: the order's source URL with s and t, or null. */
  function redirectFor(order, transaction) {
    const source = sources[order.sourceCode] ?? sources.Default
    const base = transaction.statusId === "E" ? source?.failureUrl : source?.successUrl
    if (!base) return null
    const query = new URLSearchParams({ s: order.orderCode, t: transaction.transactionId, lang: "en-GB", eventId: "0", eci: "1" })
    return `${base}${base.includes("?") ? "&" : "?"}${query}`
  }

  function pay(orderCode, payment) {
    const transaction = ledger.pay(orderCode, payment)
    const order = ledger.order(orderCode)
    return { transactionId: transaction.transactionId, statusId: transaction.statusId, redirect: redirectFor(order, transaction) }
  }

  function bearer(req) {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")
    const expiry = match ? tokens.get(match[1]) : undefined
    return expiry !== undefined && Date.now() < expiry
  }

  function basic(req, id, secret) {
    const credentials = basicCredentials(req)
    return credentials !== null && credentials[0] === id && credentials[1] === secret
  }

  // Views in Viva's shapes: the OAuth API speaks camelCase, the legacy /api PascalCase; both in major units.
  const checkoutTransaction = (t) => ({
    email: t.email,
    amount: toMajor(t.amount, t.currencyCode),
    orderCode: Number(t.orderCode),
    statusId: t.statusId,
    fullName: t.fullName,
    insDate: t.insDate,
    cardNumber: CARD.cardNumber,
    currencyCode: t.currencyCode,
    customerTrns: t.customerTrns,
    merchantTrns: t.merchantTrns,
    transactionTypeId: t.transactionTypeId,
    recurringSupport: false,
    totalInstallments: 0,
    cardCountryCode: CARD.cardCountryCode,
    cardIssuingBank: CARD.cardIssuingBank,
    currentInstallment: 0,
    cardUniqueReference: t.cardUniqueReference,
    cardTypeId: CARD.cardTypeId,
    digitalWalletId: null,
  })
  const legacyTransaction = (t) => ({
    TransactionId: t.transactionId,
    StatusId: t.statusId,
    Amount: toMajor(t.amount, t.currencyCode),
    CurrencyCode: t.currencyCode,
    InsDate: t.insDate,
    MerchantTrns: t.merchantTrns,
    CustomerTrns: t.customerTrns,
    Order: { OrderCode: Number(t.orderCode) },
    ParentId: t.parentId,
    TransactionTypeId: t.transactionTypeId,
  })
  const legacyResult = (t) => ({
    TransactionId: t.transactionId,
    StatusId: t.statusId,
    Amount: toMajor(t.amount, t.currencyCode),
    ErrorCode: 0,
    ErrorText: null,
    Success: true,
  })
  const legacyOrder = (o) => ({
    OrderCode: Number(o.orderCode),
    SourceCode: o.sourceCode,
    Tags: o.tags,
    RequestLang: o.customer.requestLang ?? "en-GB",
    MerchantTrns: o.merchantTrns,
    CustomerTrns: o.customerTrns,
    MaxInstallments: o.maxInstallments,
    RequestAmount: toMajor(o.amount, o.currencyCode),
    ExpirationDate: o.expiresAt,
    StateId: o.stateId,
  })

  /** @type {Array<[string, RegExp, "none" | "bearer" | "basic", (request: Request) => Answer]>} */
  const routes = [
    ["POST", /^\/connect\/token$/, "none", ({ req, raw }) => {
      const form = new URLSearchParams(raw)
      const [id, secret] = basicCredentials(req) ?? [form.get("client_id"), form.get("client_secret")]
      if (id !== clientId || secret !== clientSecret) return json(400, { error: "invalid_client" })
      const grant = form.get("grant_type")
      if (grant !== "client_credentials") return json(400, { error: grant ? "unsupported_grant_type" : "invalid_request" })
      const token = randomBytes(32).toString("base64url")
      tokens.set(token, Date.now() + tokenTtlSeconds * 1000)
      return json(200, { access_token: token, expires_in: tokenTtlSeconds, token_type: "Bearer", scope: SCOPE })
    }],
    ["POST", /^\/checkout\/v2\/orders$/, "bearer", ({ raw }) => {
      const order = ledger.createOrder(parseJson(raw))
      return json(200, { orderCode: Number(order.orderCode) })
    }],
    ["GET", /^\/checkout\/v2\/transactions\/([^/]+)$/, "bearer", ({ params }) =>
      json(200, checkoutTransaction(ledger.transaction(params[0])))],
    ["GET", /^\/api\/messages\/config\/token$/, "basic", () => json(200, { Key: webhookKey })],
    ["GET", /^\/api\/orders\/([^/]+)$/, "basic", ({ params }) => json(200, legacyOrder(ledger.order(params[0])))],
    ["DELETE", /^\/api\/orders\/([^/]+)$/, "basic", ({ params }) => {
      const order = ledger.cancel(params[0])
      return json(200, { OrderCode: Number(order.orderCode), ErrorCode: 0, ErrorText: null, Success: true })
    }],
    ["GET", /^\/api\/transactions$/, "basic", ({ url }) => {
      const orderCode = queryParam(url, "ordercode")
      if (!orderCode) throw new LedgerError(400, 400, "ordercode is required")
      const found = ledger.orderTransactions(orderCode).map(legacyTransaction)
      return json(200, { Transactions: found, ErrorCode: 0, ErrorText: null, Success: true })
    }],
    ["POST", /^\/api\/transactions\/([^/]+)$/, "basic", ({ params, raw }) => {
      const body = raw.trim() ? parseJson(raw) : {}
      return json(200, legacyResult(ledger.capture(params[0], body.amount ?? body.Amount)))
    }],
    ["DELETE", /^\/api\/transactions\/([^/]+)$/, "basic", ({ params, url }) => {
      const amount = queryParam(url, "amount")
      if (amount !== null && !/^\d+$/.test(amount)) throw new LedgerError(400, 400, "amount must be an integer (minor units)")
      return json(200, legacyResult(ledger.reverse(params[0], amount === null ? undefined : Number(amount))))
    }],
    ["GET", /^\/web\/checkout$/, "none", ({ url }) =>
      html(200, checkoutPage(ledger.payable(url.searchParams.get("ref") ?? ""), merchantId))],
    ["POST", /^\/web\/checkout$/, "none", ({ raw }) => {
      const form = new URLSearchParams(raw)
      const paid = pay(form.get("ref") ?? "", { outcome: form.get("outcome") ?? "paid" })
      if (paid.redirect) return { status: 302, headers: { location: paid.redirect } }
      const title = paid.statusId === "E" ? "Payment declined" : "Payment completed"
      return html(200, messagePage(title, `Transaction ${paid.transactionId}`))
    }],
    ["GET", /^\/_fake\/state$/, "none", () =>
      json(200, {
        webhookUrl: webhooks.url,
        orders: [...ledger.orders.values()].map((order) => ({ ...order })),
        transactions: [...ledger.transactions.values()],
        deliveries: webhooks.deliveries,
      })],
    ["POST", /^\/_fake\/fail$/, "none", ({ raw }) => control(() => failures.add(parseJson(raw)))],
    ["POST", /^\/_fake\/expire-tokens$/, "none", () => {
      tokens.clear()
      return { status: 204 }
    }],
    ["POST", /^\/_fake\/webhook-url$/, "none", ({ raw }) =>
      control(() => {
        webhooks.url = parseJson(raw).url ?? null
      })],
  ]

  /** @param {Request} request */
  async function answerFor(request) {
    const { req, url } = request
    const path = url.pathname
    if (!path.startsWith("/_fake/")) {
      const failure = failures.take(req.method, path)
      if (failure?.delayMs) await stall(failure.delayMs)
      if (failure?.status !== undefined) return { status: failure.status, body: failure.body ?? injectedError(path, failure.status) }
    }
    const matching = routes.filter(([, pattern]) => pattern.test(path))
    if (matching.length === 0) return json(404, { message: "Not found" })
    const route = matching.find(([method]) => method === req.method)
    if (!route) return { status: 405, headers: { allow: matching.map(([method]) => method).join(", ") } }
    const [, pattern, auth, handler] = route
    if (auth === "bearer" && !bearer(req)) return { status: 401, headers: { "www-authenticate": "Bearer" } }
    if (auth === "basic" && !basic(req, merchantId, apiKey)) return { status: 401, headers: { "www-authenticate": "Basic" } }
    try {
      return handler({ ...request, params: pattern.exec(path).slice(1).map(decodeURIComponent) })
    } catch (err) {
      if (!(err instanceof LedgerError)) throw err
      if (path.startsWith("/api/")) return json(err.status, { ErrorCode: err.code, ErrorText: err.message, Success: false })
      if (path.startsWith("/web/")) return html(err.status, messagePage("This order cannot be paid", err.message))
      return json(err.status, { message: err.message, status: err.status })
    }
  }

  function stall(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stalls.delete(timer)
        resolve()
      }, ms)
      stalls.add(timer)
    })
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    /** @type {Answer} */
    let answer
    try {
      answer = await answerFor({ req, url, params: [], raw: await readBody(req) })
    } catch (err) {
      answer = err instanceof LedgerError ? json(err.status, { message: err.message, status: err.status }) : json(500, { message: String(err) })
    }
    if (closed) return
    requests.push({ method: req.method ?? "", path: url.pathname, status: answer.status })
    log?.(`${req.method} ${url.pathname}${url.search} -> ${answer.status}`)
    // A client that gave up during an injected stall is gone, but the request still took effect.
    if (!res.destroyed) send(res, answer)
  })

  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject)
      resolve(undefined)
    })
  })
  const address = /** @type {import("node:net").AddressInfo} */ (server.address())

  return {
    url: `http://127.0.0.1:${address.port}`,
    orders: ledger.orders,
    transactions: ledger.transactions,
    deliveries: webhooks.deliveries,
    requests,
    async pay(orderCode, payment) {
      return pay(orderCode, payment)
    },
    fail(failure) {
      failures.add(failure)
    },
    expireTokens() {
      tokens.clear()
    },
    setWebhookUrl(url) {
      webhooks.url = url
    },
    deliver(event, { times = 1, concurrent = false } = {}) {
      if (!webhooks.url) throw new Error("fake Viva: set a webhook URL before delivering")
      if (!Number.isInteger(event?.EventTypeId)) throw new TypeError("fake Viva: deliver needs an EventTypeId")
      if (!Number.isInteger(times) || times < 1) throw new TypeError("fake Viva: times must be a positive integer")
      return webhooks.send(event, { times, concurrent })
    },
    webhookEvent(transactionId) {
      return eventFor(ledger.transaction(transactionId))
    },
    settled: () => webhooks.settled(),
    async close() {
      if (closed) return
      closed = true
      webhooks.close()
      for (const timer of stalls) clearTimeout(timer)
      await new Promise((resolve) => {
        server.close(() => resolve(undefined))
        server.closeAllConnections()
      })
    },
  }
}

/**
 * @param {http.ServerResponse} res
 * @param {Answer} answer
 */
function send(res, { status, body, headers = {} }) {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body)
  const type = body === undefined ? {} : { "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8" }
  res.writeHead(status, { ...type, ...headers, "content-length": Buffer.byteLength(text) })
  res.end(text)
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    req.on("data", (chunk) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) reject(new LedgerError(413, 413, "Request body too large"))
      else chunks.push(chunk)
    })
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function parseJson(raw) {
  if (!raw.trim()) throw new LedgerError(400, 400, "A JSON request body is required")
  try {
    return JSON.parse(raw)
  } catch {
    throw new LedgerError(400, 400, "The request body is not valid JSON")
  }
}

/** Runs a control-endpoint change: 204, or 400 for a bad argument. */
function control(change) {
  try {
    change()
    return { status: 204 }
  } catch (err) {
    throw new LedgerError(400, 400, err instanceof Error ? err.message : String(err))
  }
}

/** @returns {[string, string] | null} */
function basicCredentials(req) {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? "")
  if (!match) return null
  const decoded = Buffer.from(match[1], "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  return colon < 0 ? null : [decoded.slice(0, colon), decoded.slice(colon + 1)]
}

/** Viva's query parameter names are case-insensitive (ordercode, OrderCode). */
function queryParam(url, name) {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value
  return null
}

function injectedError(path, status) {
  return path.startsWith("/api/")
    ? { ErrorCode: status, ErrorText: "Injected failure", Success: false }
    : { message: "Injected failure", status }
}

module.exports = { startFakeViva }
