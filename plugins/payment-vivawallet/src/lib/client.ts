import { VivaError } from "./errors"
import { hosts, VivaHosts, VivaOptions } from "./options"

/** The body of `POST /checkout/v2/orders`; `amount` in minor units, `currencyCode` ISO 4217 numeric. */
export type VivaOrderRequest = {
  amount: number
  customerTrns?: string
  customer?: { email?: string; fullName?: string; phone?: string; countryCode?: string; requestLang?: string }
  paymentTimeout?: number
  preauth?: boolean
  allowRecurring?: boolean
  maxInstallments?: number
  merchantTrns?: string
  sourceCode?: string
  currencyCode?: string
  tags?: string[]
}

/** `GET /checkout/v2/transactions/{id}`; `amount` in MAJOR units. */
export type VivaTransaction = {
  email: string | null
  amount: number
  orderCode: string
  statusId: string
  fullName: string | null
  insDate: string
  cardNumber: string | null
  currencyCode: string
  customerTrns: string | null
  merchantTrns: string | null
  transactionTypeId: number
}

/** A transaction of `GET /api/transactions?ordercode=`; `Amount` in MAJOR units. */
export type VivaOrderTransaction = {
  TransactionId: string
  StatusId: string
  Amount: number
  CurrencyCode: string
  InsDate: string
  MerchantTrns: string | null
  CustomerTrns: string | null
  Order: { OrderCode: string }
  ParentId: string | null
  TransactionTypeId: number
}

/** `GET /api/orders/{orderCode}`; `RequestAmount` in MAJOR units; StateId 0 pending, 1 expired, 2 canceled, 3 paid. */
export type VivaOrder = {
  OrderCode: string
  StateId: number
  RequestAmount: number
  MerchantTrns: string | null
  CustomerTrns: string | null
  SourceCode: string | null
  ExpirationDate: string | null
}

export const OrderState = { Pending: 0, Expired: 1, Canceled: 2, Paid: 3 } as const

/** The answer of a capture or reversal: the new transaction; `Amount` in MAJOR units. */
export type VivaTransactionResult = { TransactionId: string; StatusId: string; Amount: number }

type Auth = "oauth" | "basic"
type Token = { value: string; expiresAt: number }

const IDEMPOTENT = new Set(["GET"])

/**
 * Viva Wallet's HTTP APIs: the OAuth one (orders, transactions) and the Basic-auth one (cancels,
 * captures, refunds, the webhook key). Only reads are retried (once, on 5xx/429/timeout): Viva has no
 * idempotency keys, so a write that timed out may have happened and is left to the caller.
 */
export class VivaClient {
  private readonly hosts: VivaHosts
  private token: Token | null = null
  private tokenRequest: Promise<Token> | null = null
  private key: Promise<string> | null = null

  constructor(private readonly options: VivaOptions) {
    this.hosts = hosts(options.environment)
  }

  /** Creates a payment order and answers its code (16 digits, kept as a string). */
  async createOrder(body: VivaOrderRequest): Promise<string> {
    const { orderCode } = await this.request<{ orderCode?: string }>("oauth", "POST", this.hosts.api, "/checkout/v2/orders", { body })
    if (!orderCode) throw new VivaError("Viva Wallet: POST /checkout/v2/orders answered no orderCode")
    return orderCode
  }

  transaction(transactionId: string): Promise<VivaTransaction> {
    return this.request("oauth", "GET", this.hosts.api, `/checkout/v2/transactions/${encodeURIComponent(transactionId)}`)
  }

  /** The order's transactions, newest first; none before the shopper tried to pay. */
  async orderTransactions(orderCode: string): Promise<VivaOrderTransaction[]> {
    const { Transactions } = await this.request<{ Transactions?: VivaOrderTransaction[] }>(
      "basic",
      "GET",
      this.hosts.www,
      `/api/transactions`,
      { query: { ordercode: orderCode } }
    )
    return Transactions ?? []
  }

  order(orderCode: string): Promise<VivaOrder> {
    return this.request("basic", "GET", this.hosts.www, `/api/orders/${encodeURIComponent(orderCode)}`)
  }

  /** Cancels an unpaid order, so that it can no longer be paid. */
  async cancelOrder(orderCode: string): Promise<void> {
    await this.request("basic", "DELETE", this.hosts.www, `/api/orders/${encodeURIComponent(orderCode)}`)
  }

  /** Captures `minor` units of a pre-authorised transaction (once). */
  capture(transactionId: string, minor: number): Promise<VivaTransactionResult> {
    return this.request("basic", "POST", this.hosts.www, `/api/transactions/${encodeURIComponent(transactionId)}`, {
      body: { amount: minor },
    })
  }

  /** Refunds (or, the same day, voids) `minor` units of a transaction; all that is left when absent. */
  reverse(transactionId: string, minor?: number): Promise<VivaTransactionResult> {
    return this.request("basic", "DELETE", this.hosts.www, `/api/transactions/${encodeURIComponent(transactionId)}`, {
      query: { amount: minor === undefined ? undefined : String(minor), sourceCode: this.options.source_code ?? "" },
    })
  }

  /** The key Viva's webhook verification asks our URL for; static per merchant, so fetched once. */
  webhookKey(): Promise<string> {
    this.key ??= this.request<{ Key?: string }>("basic", "GET", this.hosts.www, "/api/messages/config/token").then(({ Key }) => {
      if (!Key) throw new VivaError("Viva Wallet: GET /api/messages/config/token answered no Key")
      return Key
    })
    this.key.catch(() => (this.key = null))
    return this.key
  }

  /** Where the shopper pays the order. */
  checkoutUrl(orderCode: string): string {
    return `${this.hosts.www}/web/checkout?ref=${encodeURIComponent(orderCode)}`
  }

  private async request<T>(
    auth: Auth,
    method: string,
    host: string,
    path: string,
    { body, query }: { body?: unknown; query?: Record<string, string | undefined> } = {}
  ): Promise<T> {
    const url = new URL(path, host)
    for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, value)
    const label = `${method} ${path}`
    const send = async (token?: Token) => {
      const headers: Record<string, string> = {
        accept: "application/json",
        authorization: token ? `Bearer ${token.value}` : basic(this.options.merchant_id, this.options.api_key),
      }
      if (body !== undefined) headers["content-type"] = "application/json"
      return this.fetch(label, url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    }

    const attempt = async (): Promise<T> => {
      if (auth === "basic") return answer<T>(label, await send())
      let token = await this.accessToken()
      let response = await send(token)
      if (response.status === 401) {
        // Expired or revoked before its time: one fresh token, one more try (the request was not served).
        this.dropToken(token)
        token = await this.accessToken()
        response = await send(token)
      }
      return answer<T>(label, response)
    }

    try {
      return await attempt()
    } catch (error) {
      if (!IDEMPOTENT.has(method) || !(error instanceof VivaError) || !error.retryable) throw error
      return attempt()
    }
  }

  private async fetch(label: string, url: URL, init: RequestInit): Promise<Reply> {
    const timeout = this.options.timeout_ms
    const signal = AbortSignal.timeout(timeout)
    try {
      const response = await fetch(url, { ...init, redirect: "manual", signal })
      return { status: response.status, text: await response.text() }
    } catch (error) {
      if (signal.aborted) throw new VivaError(`Viva Wallet: ${label} timed out after ${timeout} ms`, { retryable: true, cause: error })
      // fetch reports "fetch failed"; the socket's own error is its cause.
      const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { message?: unknown } }
      const reason = typeof cause?.message === "string" ? cause.message : typeof message === "string" ? message : String(error)
      throw new VivaError(`Viva Wallet: ${label} failed: ${reason}`, { retryable: true, cause: error })
    }
  }

  /** A valid OAuth token: the cached one, or one request shared by all callers waiting for it. */
  private async accessToken(): Promise<Token> {
    if (this.token && Date.now() < this.token.expiresAt) return this.token
    this.tokenRequest ??= this.requestToken().finally(() => (this.tokenRequest = null))
    return this.tokenRequest
  }

  private dropToken(token: Token) {
    if (this.token === token) this.token = null
  }

  private async requestToken(): Promise<Token> {
    const label = "POST /connect/token"
    const reply = await this.fetch(label, new URL("/connect/token", this.hosts.accounts), {
      method: "POST",
      headers: {
        accept: "application/json",
        authorization: basic(this.options.client_id, this.options.client_secret),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ grant_type: "client_credentials" }).toString(),
    })
    const { access_token, expires_in } = answer<{ access_token?: string; expires_in?: number }>(label, reply)
    if (!access_token) throw new VivaError(`Viva Wallet: ${label} answered no access_token`)
    // Renewed a minute before it expires (half its life for short-lived ones), so no call carries a dying token.
    const lifetime = Number(expires_in) || 0
    const token = { value: access_token, expiresAt: Date.now() + (lifetime - Math.min(60, lifetime / 2)) * 1000 }
    this.token = token
    return token
  }
}

type Reply = { status: number; text: string }

function basic(user: string, password: string) {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`
}

/** The JSON of a successful reply; otherwise a VivaError saying what Viva answered. */
function answer<T>(label: string, { status, text }: Reply): T {
  const body = parse(text)
  const problem = body && typeof body === "object" ? (body as Record<string, unknown>) : {}
  const reason = [problem.ErrorText, problem.message, problem.error_description, problem.error].find(
    (value): value is string => typeof value === "string" && value.length > 0
  )
  const retryable = status >= 500 || status === 429
  if (status >= 200 && status < 300) {
    // The classic API may answer 200 with Success: false.
    if (problem.Success === false) throw new VivaError(`Viva Wallet: ${label} rejected: ${reason ?? "no reason given"}`, { status })
    if (body === undefined) throw new VivaError(`Viva Wallet: ${label} answered no JSON (HTTP ${status})`, { status })
    return body as T
  }
  if (reason && !retryable) throw new VivaError(`Viva Wallet: ${label} rejected: ${reason} (HTTP ${status})`, { status })
  if (status === 401) throw new VivaError(`Viva Wallet: ${label} failed with HTTP 401 (credentials not accepted)`, { status })
  throw new VivaError(`Viva Wallet: ${label} failed with HTTP ${status}`, { status, retryable })
}

// Order codes have 16 digits and Viva sends them as JSON numbers; as strings they cannot lose a digit.
const ORDER_CODE = /("(?:orderCode|OrderCode)"\s*:\s*)(\d+)/g

function parse(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text.replace(ORDER_CODE, '$1"$2"'))
  } catch {
    return undefined
  }
}
