import { createHash } from "node:crypto"
import { LexofficeError, LexofficeViolation } from "./errors"
import { createLimiter, Limiter } from "./limiter"
import { LexofficeOptions } from "./options"

/** What Lexoffice answers to a create: where the new resource is. */
export type LexofficeCreated = { id: string; resourceUri: string; createdDate: string; updatedDate: string; version: number }

/** A page of a list endpoint; `number` counts from 0. */
export type LexofficePage<T> = {
  content: T[]
  first: boolean
  last: boolean
  totalPages: number
  totalElements: number
  numberOfElements: number
  size: number
  number: number
}

export type LexofficeContactBody = {
  version: 0
  roles: { customer: Record<string, never> }
  person?: { salutation?: string; firstName?: string; lastName: string }
  company?: { name: string; vatRegistrationId?: string; allowTaxFreeInvoices?: boolean }
  addresses?: { billing?: { street?: string; zip?: string; city?: string; countryCode: string }[] }
  emailAddresses?: { business?: string[]; private?: string[]; office?: string[]; other?: string[] }
  note?: string
}

export type LexofficeContact = Omit<LexofficeContactBody, "version" | "roles"> & {
  id: string
  organizationId: string
  version: number
  roles: { customer?: { number?: number }; vendor?: { number?: number } }
  archived?: boolean
}

/** A recipient: a Lexoffice contact, or an address printed on this voucher only. */
export type LexofficeAddress =
  | { contactId: string }
  | { name: string; supplement?: string; street?: string; city?: string; zip?: string; countryCode: string }

export type LexofficeTaxType =
  | "net"
  | "gross"
  | "vatfree"
  | "intraCommunitySupply"
  | "constructionService13b"
  | "externalService13b"
  | "thirdPartyCountryService"
  | "thirdPartyCountryDelivery"

/** Amounts in major units (EUR); unit prices take up to 4 decimals. */
export type LexofficeLineItem =
  | { type: "text"; name: string; description?: string }
  | {
      type: "custom" | "material" | "service"
      name: string
      description?: string
      quantity: number
      unitName: string
      unitPrice: { currency: string; grossAmount?: number; netAmount?: number; taxRatePercentage: number }
      discountPercentage?: number
    }

export type LexofficeInvoiceBody = {
  /** yyyy-MM-ddTHH:mm:ss.SSSXXX */
  voucherDate: string
  address: LexofficeAddress
  lineItems: LexofficeLineItem[]
  totalPrice: { currency: string; totalDiscountPercentage?: number }
  taxConditions: { taxType: LexofficeTaxType; taxTypeNote?: string }
  shippingConditions: { shippingType: "service" | "delivery" | "serviceperiod" | "deliveryperiod" | "none"; shippingDate?: string; shippingEndDate?: string }
  title?: string
  introduction?: string
  remark?: string
}

/** Credit notes have no shipping conditions; their positive amounts are credited. */
export type LexofficeCreditNoteBody = Omit<LexofficeInvoiceBody, "shippingConditions">

export type LexofficeVoucherStatus = "draft" | "open" | "paid" | "paidoff" | "voided"

/** A voucher as `GET` answers it: the body with Lexoffice's numbers and totals. */
type LexofficeVoucher = {
  id: string
  organizationId: string
  voucherNumber?: string
  voucherDate: string
  voucherStatus: LexofficeVoucherStatus
  address: LexofficeAddress & { contactId?: string; name?: string; countryCode?: string }
  lineItems: (LexofficeLineItem & { lineItemAmount?: number })[]
  totalPrice: { currency: string; totalNetAmount: number; totalGrossAmount: number; totalTaxAmount: number }
  taxAmounts: { taxRatePercentage: number; taxAmount: number; netAmount: number }[]
  taxConditions: { taxType: LexofficeTaxType; taxTypeNote?: string }
  title?: string
  introduction?: string
  remark?: string
  createdDate: string
  updatedDate: string
  version: number
}

export type LexofficeInvoice = LexofficeVoucher & { shippingConditions: LexofficeInvoiceBody["shippingConditions"] }

export type LexofficeCreditNote = LexofficeVoucher & { precedingSalesVoucherId?: string }

export type LexofficeVoucherType = "invoice" | "creditnote" | "salesinvoice" | "salescreditnote" | "orderconfirmation" | "quotation" | "downpaymentinvoice" | "deliverynote"

export type LexofficeVoucherListQuery = {
  voucherType: LexofficeVoucherType | LexofficeVoucherType[]
  voucherStatus: (LexofficeVoucherStatus | "overdue" | "accepted" | "rejected" | "unchecked" | "any") | (LexofficeVoucherStatus | "overdue" | "accepted" | "rejected" | "unchecked" | "any")[]
  archived?: boolean
  contactId?: string
  voucherNumber?: string
  /** yyyy-MM-dd */
  voucherDateFrom?: string
  voucherDateTo?: string
  createdDateFrom?: string
  createdDateTo?: string
  updatedDateFrom?: string
  updatedDateTo?: string
  page?: number
  size?: number
}

/** An entry of the voucher list; amounts in major units. */
export type LexofficeVoucherListItem = {
  id: string
  voucherType: LexofficeVoucherType
  voucherStatus: string
  voucherNumber: string
  voucherDate: string
  createdDate: string
  updatedDate: string
  dueDate?: string | null
  contactId: string | null
  contactName: string
  totalAmount: number
  openAmount: number
  currency: string
  archived: boolean
}

/** Only `paymentStatus: "balanced"` means paid; partial payments keep it "openRevenue". Amounts in major units. */
export type LexofficePayment = {
  openAmount: number
  currency: string
  paymentStatus: "balanced" | "openRevenue" | "openExpense"
  voucherType: string
  voucherStatus: string
  paidDate?: string | null
  paymentItems: { paymentItemType: string; postingDate: string; amount: number; currency: string }[]
}

export type LexofficeEventSubscription = {
  subscriptionId: string
  organizationId: string
  createdDate: string
  eventType: string
  callbackUrl: string
}

type Request = {
  query?: Record<string, string | undefined>
  body?: unknown
  accept?: string
}

type Reply = { status: number; body: Buffer; retryAfter: string | null }

// GETs that failed with a 5xx, a timeout or a network error are tried this many times more.
const READ_RETRIES = 3
const BACKOFF_MS = 250
// A Retry-After beyond this is not believed: a broken header must not stall every request for hours.
const MAX_PAUSE_MS = 60_000

/**
 * Lexoffice's public API. Every request takes a token of the limiter first (2/s, shared by all
 * processes when it is Redis-backed). A 429 did not take effect, so any request is repeated after
 * Retry-After; other failures are repeated for reads only: Lexoffice has no idempotency keys, so a
 * create that failed with a 5xx or timed out may have happened, and reconciling is the caller's job.
 */
export class LexofficeClient {
  private readonly base: string
  private readonly limiter: Limiter
  private readonly ownsLimiter: boolean
  // Settles a gap after the last request's answer; the next request waits for it (see `exchange`).
  private settled: Promise<void> = Promise.resolve()

  /** Without a limiter, the client makes its own from the options and closes it in `close()`. */
  constructor(
    private readonly options: LexofficeOptions,
    limiter?: Limiter
  ) {
    this.base = options.base_url
    this.ownsLimiter = !limiter
    // Lexoffice limits each API key: one shared bucket per key (hashed, the key is a secret).
    const key = `lexoffice:rate:${createHash("sha256").update(options.api_key).digest("hex").slice(0, 16)}`
    this.limiter = limiter ?? createLimiter({ ratePerSecond: options.rate_per_second, redisUrl: options.redis_url, key })
  }

  /** The customers with exactly this email address (case-insensitive) among their addresses. */
  async findContactsByEmail(email: string): Promise<LexofficeContact[]> {
    const page = await this.json<LexofficePage<LexofficeContact>>("GET", "/v1/contacts", { query: { email, customer: "true" } })
    // Lexoffice's filter is a pattern match (and may treat "_" as a wildcard): keep exact matches only.
    const wanted = email.trim().toLowerCase()
    return page.content.filter((contact) =>
      Object.values(contact.emailAddresses ?? {}).some((addresses) => addresses?.some((address) => address.trim().toLowerCase() === wanted))
    )
  }

  createContact(body: LexofficeContactBody): Promise<LexofficeCreated> {
    return this.json("POST", "/v1/contacts", { body })
  }

  /** Finalized (numbered, immutable) unless `finalize: false`, which leaves a draft. */
  createInvoice(body: LexofficeInvoiceBody, { finalize = true }: { finalize?: boolean } = {}): Promise<LexofficeCreated> {
    return this.json("POST", "/v1/invoices", { body, query: { finalize: finalize ? "true" : undefined } })
  }

  invoice(id: string): Promise<LexofficeInvoice> {
    return this.json("GET", `/v1/invoices/${encodeURIComponent(id)}`)
  }

  /** The invoice's PDF; Lexoffice answers 406 for a draft. */
  invoiceFile(id: string): Promise<Buffer> {
    return this.file(`/v1/invoices/${encodeURIComponent(id)}/file`)
  }

  /** A finalized credit note correcting the (finalized) invoice. */
  createCreditNote(body: LexofficeCreditNoteBody, precedingInvoiceId: string): Promise<LexofficeCreated> {
    return this.json("POST", "/v1/credit-notes", { body, query: { finalize: "true", precedingSalesVoucherId: precedingInvoiceId } })
  }

  creditNote(id: string): Promise<LexofficeCreditNote> {
    return this.json("GET", `/v1/credit-notes/${encodeURIComponent(id)}`)
  }

  creditNoteFile(id: string): Promise<Buffer> {
    return this.file(`/v1/credit-notes/${encodeURIComponent(id)}/file`)
  }

  /** Vouchers newest first; `voucherType` and `voucherStatus` are mandatory (Lexoffice's rule). */
  voucherList(query: LexofficeVoucherListQuery): Promise<LexofficePage<LexofficeVoucherListItem>> {
    const params: Record<string, string | undefined> = {}
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) params[name] = Array.isArray(value) ? value.join(",") : String(value)
    }
    return this.json("GET", "/v1/voucherlist", { query: params })
  }

  /** The payment state of a finalized voucher; Lexoffice answers 406 for a draft. */
  payment(voucherId: string): Promise<LexofficePayment> {
    return this.json("GET", `/v1/payments/${encodeURIComponent(voucherId)}`)
  }

  async eventSubscriptions(): Promise<LexofficeEventSubscription[]> {
    const { content } = await this.json<{ content?: LexofficeEventSubscription[] }>("GET", "/v1/event-subscriptions")
    return content ?? []
  }

  subscribe(eventType: string, callbackUrl: string): Promise<LexofficeEventSubscription> {
    return this.json("POST", "/v1/event-subscriptions", { body: { eventType, callbackUrl } })
  }

  async unsubscribe(subscriptionId: string): Promise<void> {
    await this.send("DELETE", `/v1/event-subscriptions/${encodeURIComponent(subscriptionId)}`, {})
  }

  /** Closes the limiter the client made itself; a limiter passed in is the giver's to close. */
  async close(): Promise<void> {
    if (this.ownsLimiter) await this.limiter.close()
  }

  private async json<T>(method: string, path: string, request: Request = {}): Promise<T> {
    const label = `${method} ${path}`
    const { status, body } = await this.send(method, path, { ...request, accept: "application/json" })
    const parsed = parse(body)
    if (parsed === undefined) throw new LexofficeError(`Lexoffice: ${label} answered no JSON (HTTP ${status})`, { status })
    return parsed as T
  }

  private async file(path: string): Promise<Buffer> {
    return (await this.send("GET", path, { accept: "application/pdf" })).body
  }

  /** A 2xx reply; retries as the class says; otherwise a LexofficeError saying what Lexoffice answered. */
  private async send(method: string, path: string, { query, body, accept = "application/json" }: Request): Promise<Reply> {
    const url = new URL(`${this.base}${path}`)
    for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, value)
    const label = `${method} ${path}`
    const headers: Record<string, string> = { accept, authorization: `Bearer ${this.options.api_key}` }
    if (body !== undefined) headers["content-type"] = "application/json"
    const init: RequestInit = { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: "manual" }

    let throttled = 0
    let retries = 0
    for (;;) {
      let error: LexofficeError
      try {
        const reply = await this.exchange(label, url, init)
        if (reply.status === 429 && ++throttled < this.options.max_attempts) {
          this.limiter.pause(pauseFor(reply.retryAfter))
          continue
        }
        if (reply.status >= 200 && reply.status < 300) return reply
        error = failure(label, reply)
      } catch (thrown) {
        if (!(thrown instanceof LexofficeError)) throw thrown
        error = thrown
      }
      if (method !== "GET" || !error.retryable || error.status === 429 || retries >= READ_RETRIES) throw error
      // Exponential backoff with jitter, so that many readers failing together do not return together.
      await sleep(BACKOFF_MS * 2 ** retries * (0.5 + Math.random()))
      retries += 1
    }
  }

  /**
   * One request at a time, each sent a token's gap (1/rate) after the previous answer came back.
   * Lexoffice counts requests when they arrive, and a request granted on time can arrive late when the
   * event loop is busy, bunching with the next; an answer proves the arrival, so gaps counted from it
   * never put more than the rate into one second (seen without it: three in a second under load).
   */
  private async exchange(label: string, url: URL, init: RequestInit): Promise<Reply> {
    const previous = this.settled
    let settle!: () => void
    this.settled = new Promise((resolve) => (settle = resolve))
    await previous
    try {
      await this.token(label)
      return await this.fetch(label, url, init)
    } finally {
      setTimeout(settle, Math.ceil(1000 / this.options.rate_per_second)).unref()
    }
  }

  private async token(label: string) {
    try {
      await this.limiter.take()
    } catch (error) {
      throw new LexofficeError(`Lexoffice: ${label} not sent: ${reason(error)}`, { retryable: true, cause: error })
    }
  }

  private async fetch(label: string, url: URL, init: RequestInit): Promise<Reply> {
    const timeout = this.options.timeout_ms
    const signal = AbortSignal.timeout(timeout)
    try {
      const response = await fetch(url, { ...init, signal })
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()), retryAfter: response.headers.get("retry-after") }
    } catch (error) {
      if (signal.aborted) throw new LexofficeError(`Lexoffice: ${label} timed out after ${timeout} ms`, { retryable: true, cause: error })
      throw new LexofficeError(`Lexoffice: ${label} failed: ${reason(error)}`, { retryable: true, cause: error })
    }
  }
}

/** The error for a non-2xx reply: "rejected" with Lexoffice's reasons for a 4xx, "failed" otherwise. */
function failure(label: string, { status, body }: Reply): LexofficeError {
  const problem = parse(body)
  const { message, details } = (problem && typeof problem === "object" ? problem : {}) as { message?: unknown; details?: unknown }
  const violations = Array.isArray(details) ? (details as LexofficeViolation[]) : []
  const reasons = violations
    .map((d) => [d.field, d.message ?? d.violation].filter((part) => typeof part === "string" && part).join(": "))
    .filter(Boolean)
  const reason = reasons.length > 0 ? reasons.join("; ") : typeof message === "string" && message ? message : undefined
  const retryable = status >= 500 || status === 429
  if (status === 401) return new LexofficeError(`Lexoffice: ${label} failed with HTTP 401 (API key not accepted)`, { status })
  if (reason && !retryable) return new LexofficeError(`Lexoffice: ${label} rejected: ${reason} (HTTP ${status})`, { status, details: violations })
  return new LexofficeError(`Lexoffice: ${label} failed with HTTP ${status}`, { status, retryable, details: violations })
}

/** Retry-After in seconds or as an HTTP date; 1 s when absent or unreadable. */
function pauseFor(retryAfter: string | null): number {
  const seconds = Number(retryAfter)
  const ms = retryAfter && Number.isFinite(seconds) ? seconds * 1000 : retryAfter ? Date.parse(retryAfter) - Date.now() : NaN
  return Math.min(Number.isFinite(ms) && ms >= 0 ? ms : 1000, MAX_PAUSE_MS)
}

/** An error's message; fetch reports "fetch failed", the socket's own error being its cause. */
function reason(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { message?: unknown } }
  return typeof cause?.message === "string" ? cause.message : typeof message === "string" ? message : String(error)
}

function parse(body: Buffer): unknown {
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString("utf8"))
  } catch {
    return undefined
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
