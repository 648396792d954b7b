"use strict"

const http = require("node:http")
const { generateKeyPair } = require("node:crypto")
const { promisify } = require("node:util")
const { createFailures } = require("../viva-wallet/failures")
const { createBooks } = require("./books")
const { createTokenBucket, densest } = require("./rate-limit")
const { LexofficeError, lexDate, problem } = require("./shapes")
const { createWebhooks } = require("./webhooks")

const ORGANIZATION_ID = "aa93e8a8-2aa3-470b-b914-caad8a255dd8"
// Lexware signs with RSA 4096; generating one takes 1.2-3 s on a small machine, 2048 bits about 0.1 s.
const KEY_BITS = 2048
const MAX_BODY_BYTES = 1024 * 1024
const WEBHOOK_TIMEOUT_MS = 5000

/**
 * @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Answer
 * @typedef {{ req: http.IncomingMessage, url: URL, params: string[], raw: string }} Request
 */

const json = (status, body) => ({ status, body })

/**
 * Starts a fake Lexoffice (Lexware Office) public API on 127.0.0.1.
 * @param {import("./index").FakeLexofficeOptions} [options]
 * @returns {Promise<import("./index").FakeLexoffice>}
 */
async function startFakeLexoffice(options = {}) {
  const apiKey = options.apiKey ?? "fake-lexoffice-key"
  const organizationId = options.organizationId ?? ORGANIZATION_ID
  const ratePerSecond = options.ratePerSecond ?? 2
  if (!(Number.isFinite(ratePerSecond) && ratePerSecond > 0)) throw new TypeError("ratePerSecond must be a positive number")
  const retryAfterSeconds = options.retryAfterSeconds === undefined ? 1 : options.retryAfterSeconds
  const log = options.log

  const { publicKey, privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: KEY_BITS })
  const publicKeyPem = /** @type {string} */ (publicKey.export({ type: "spki", format: "pem" }))

  /** @type {Array<{ method: string, path: string, status: number, at: number }>} */
  const requests = []
  /** @type {Set<NodeJS.Timeout>} injected stalls, cleared by close() */
  const stalls = new Set()
  let closed = false
  let baseUrl = ""

  // Capacity 2 at Lexoffice's 2/s; a faster bucket holds a second's worth, so tests can lift the limit.
  const bucket = createTokenBucket({ ratePerSecond, capacity: Math.max(2, ratePerSecond) })
  const failures = createFailures()
  const webhooks = createWebhooks({
    organizationId,
    privateKey,
    retryIntervalMs: options.webhookRetryIntervalMs ?? 1000,
    maxAttempts: options.maxWebhookAttempts ?? 5,
    timeoutMs: options.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS,
    log,
  })
  const books = createBooks({ organizationId, onEvent: (eventType, id) => webhooks.send(eventType, id) })

  /** The answer to a create: where the new resource lives. */
  const created = (path, resource) => ({
    id: resource.id,
    resourceUri: `${baseUrl}${path}/${resource.id}`,
    createdDate: resource.createdDate,
    updatedDate: resource.updatedDate,
    version: resource.version,
  })

  /** @param {"invoice" | "creditnote"} kind */
  function document(kind, { req, params }) {
    const accept = req.headers.accept
    if (accept && !/application\/pdf|application\/\*|\*\/\*/.test(accept)) {
      throw new LexofficeError(406, "The document is only available as application/pdf")
    }
    const pdf = books.document(kind, params[0])
    const disposition = `attachment; filename="${books.voucherOf(kind, params[0]).voucherNumber}.pdf"`
    return { status: 200, body: pdf, headers: { "content-type": "application/pdf", "content-disposition": disposition } }
  }

  /** @type {Array<[string, RegExp, (request: Request) => Answer]>} */
  const routes = [
    ["POST", /^\/v1\/contacts$/, ({ raw }) => {
      const contact = books.createContact(parseJson(raw))
      const now = lexDate(new Date())
      return json(200, created("/v1/contacts", { ...contact, createdDate: now, updatedDate: now }))
    }],
    ["GET", /^\/v1\/contacts$/, ({ url }) => json(200, books.findContacts(url.searchParams))],
    ["GET", /^\/v1\/contacts\/([^/]+)$/, ({ params }) => json(200, books.contact(params[0]))],
    ["POST", /^\/v1\/invoices$/, ({ url, raw }) => {
      const finalize = url.searchParams.get("finalize") === "true"
      return json(200, created("/v1/invoices", books.createVoucher("invoice", parseJson(raw), { finalize })))
    }],
    ["GET", /^\/v1\/invoices\/([^/]+)$/, ({ params }) => json(200, books.voucherOf("invoice", params[0]))],
    ["GET", /^\/v1\/invoices\/([^/]+)\/file$/, (request) => document("invoice", request)],
    ["POST", /^\/v1\/credit-notes$/, ({ url, raw }) => {
      const finalize = url.searchParams.get("finalize") === "true"
      const precedingSalesVoucherId = url.searchParams.get("precedingSalesVoucherId")
      const note = books.createVoucher("creditnote", parseJson(raw), { finalize, precedingSalesVoucherId })
      return json(200, created("/v1/credit-notes", note))
    }],
    ["GET", /^\/v1\/credit-notes\/([^/]+)$/, ({ params }) => json(200, books.voucherOf("creditnote", params[0]))],
    ["GET", /^\/v1\/credit-notes\/([^/]+)\/file$/, (request) => document("creditnote", request)],
    ["GET", /^\/v1\/voucherlist$/, ({ url }) => json(200, books.voucherList(url.searchParams))],
    ["GET", /^\/v1\/payments\/([^/]+)$/, ({ params }) => json(200, books.payment(params[0]))],
    ["POST", /^\/v1\/event-subscriptions$/, ({ raw }) => json(200, webhooks.subscribe(parseJson(raw)))],
    ["GET", /^\/v1\/event-subscriptions$/, () => json(200, { content: [...webhooks.subscriptions.values()] })],
    ["GET", /^\/v1\/event-subscriptions\/([^/]+)$/, ({ params }) => json(200, webhooks.subscription(params[0]))],
    ["DELETE", /^\/v1\/event-subscriptions\/([^/]+)$/, ({ params }) => {
      webhooks.unsubscribe(params[0])
      return { status: 204 }
    }],
    ["GET", /^\/_fake\/state$/, () =>
      json(200, {
        organizationId,
        contacts: [...books.contacts.values()],
        invoices: [...books.invoices.values()],
        creditNotes: [...books.creditNotes.values()],
        payments: books.payments(),
        subscriptions: [...webhooks.subscriptions.values()],
        deliveries: webhooks.deliveries,
      })],
    ["GET", /^\/_fake\/public-key$/, () =>
      ({ status: 200, body: publicKeyPem, headers: { "content-type": "application/x-pem-file" } })],
    ["POST", /^\/_fake\/fail$/, ({ raw }) => {
      try {
        failures.add(parseJson(raw))
      } catch (err) {
        throw err instanceof LexofficeError ? err : new LexofficeError(400, err instanceof Error ? err.message : String(err))
      }
      return { status: 204 }
    }],
    ["POST", /^\/_fake\/pay$/, ({ raw }) => {
      const { voucherId, amount } = parseJson(raw)
      return json(200, books.pay(String(voucherId), amount))
    }],
  ]

  /**
   * Lexoffice's gateway first (rate limit, then the API key), then injected failures, then the API itself.
   * @param {Request} request
   * @param {boolean} limited whether the request found no token
   */
  async function answerFor(request, limited) {
    const { req, url } = request
    const path = url.pathname
    const api = path.startsWith("/v1/")
    if (api && limited) {
      const headers = retryAfterSeconds === null ? {} : { "retry-after": String(retryAfterSeconds) }
      return { status: 429, body: { status: 429, error: "Too Many Requests", message: "Rate limit exceeded" }, headers }
    }
    if (api && req.headers.authorization !== `Bearer ${apiKey}`) {
      return { status: 401, body: { message: "Unauthorized" }, headers: { "www-authenticate": "Bearer" } }
    }
    if (!path.startsWith("/_fake/")) {
      const failure = failures.take(req.method ?? "", path)
      if (failure?.delayMs) await stall(failure.delayMs)
      if (failure?.status !== undefined) {
        return { status: failure.status, body: failure.body ?? problem(failure.status, path, "Injected failure") }
      }
    }
    const matching = routes.filter(([, pattern]) => pattern.test(path))
    if (matching.length === 0) return json(404, problem(404, path, "Not Found"))
    const route = matching.find(([method]) => method === req.method)
    if (!route) {
      const allow = matching.map(([method]) => method).join(", ")
      return { status: 405, body: problem(405, path, "Method Not Allowed"), headers: { allow } }
    }
    const [method, pattern, handler] = route
    if (api && method === "POST" && !/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
      return json(415, problem(415, path, "Content-Type must be application/json"))
    }
    try {
      return handler({ ...request, params: pattern.exec(path).slice(1).map(decodeURIComponent) })
    } catch (err) {
      if (!(err instanceof LexofficeError)) throw err
      return json(err.status, problem(err.status, path, err.message, err.details))
    }
  }

  function stall(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stalls.delete(timer)
        resolve(undefined)
      }, ms)
      stalls.add(timer)
    })
  }

  const server = http.createServer(async (req, res) => {
    // A request takes its token when it arrives, as the real gateway counts it.
    const at = Date.now()
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const limited = url.pathname.startsWith("/v1/") && !bucket.take()
    /** @type {Answer} */
    let answer
    try {
      answer = await answerFor({ req, url, params: [], raw: await readBody(req) }, limited)
    } catch (err) {
      const status = err instanceof LexofficeError ? err.status : 500
      answer = json(status, problem(status, url.pathname, err instanceof Error ? err.message : String(err)))
    }
    if (closed) return
    requests.push({ method: req.method ?? "", path: url.pathname, status: answer.status, at })
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
  baseUrl = `http://127.0.0.1:${address.port}`

  return {
    url: baseUrl,
    publicKey: publicKeyPem,
    contacts: books.contacts,
    invoices: books.invoices,
    creditNotes: books.creditNotes,
    subscriptions: webhooks.subscriptions,
    requests,
    deliveries: webhooks.deliveries,
    maxRate(windowMs = 1000) {
      const counted = requests.filter((r) => r.path.startsWith("/v1/") && r.status !== 429)
      return densest(counted.map((r) => r.at), windowMs)
    },
    fail(failure) {
      failures.add(failure)
    },
    async pay(voucherId, amount) {
      return books.pay(voucherId, amount)
    },
    deliver(eventType, resourceId, deliverOptions = {}) {
      const { body, subscriptions } = webhooks.send(eventType, resourceId, deliverOptions)
      if (subscriptions === 0) throw new Error(`fake Lexoffice: no subscription for ${eventType}`)
      return body
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
  // A Buffer comes with its own content-type header.
  /** @type {Buffer} */
  let data = Buffer.alloc(0)
  let type = {}
  if (Buffer.isBuffer(body)) data = body
  else if (typeof body === "string") [data, type] = [Buffer.from(body), { "content-type": "text/plain; charset=utf-8" }]
  else if (body !== undefined) [data, type] = [Buffer.from(JSON.stringify(body)), { "content-type": "application/json" }]
  res.writeHead(status, { ...type, ...headers, "content-length": data.length })
  res.end(data)
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    req.on("data", (chunk) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) reject(new LexofficeError(413, "Request body too large"))
      else chunks.push(chunk)
    })
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function parseJson(raw) {
  if (!raw.trim()) throw new LexofficeError(400, "A JSON request body is required")
  try {
    return JSON.parse(raw)
  } catch {
    throw new LexofficeError(400, "The request body is not valid JSON")
  }
}

module.exports = { startFakeLexoffice }
