/** Return URLs of a payment source (Viva configures them per source, not per order). */
export interface FakeVivaSource {
  successUrl?: string
  failureUrl?: string
}

export interface FakeVivaOptions {
  /** 0 (default) = any free port. */
  port?: number
  /** Smart Checkout credentials for POST /connect/token. Defaults "fake-client-id" / "fake-client-secret". */
  clientId?: string
  clientSecret?: string
  /** Basic-auth credentials of the /api endpoints. Defaults "fake-merchant-id" / "fake-api-key". */
  merchantId?: string
  apiKey?: string
  /** The Key answered by GET /api/messages/config/token. Default: random hex. */
  webhookKey?: string
  /** expires_in of issued tokens. Default 3600. */
  tokenTtlSeconds?: number
  /** Per source code; "Default" is used for orders without a sourceCode. */
  sources?: Record<string, FakeVivaSource>
  /** Where every webhook event is POSTed; can be set later with setWebhookUrl. */
  webhookUrl?: string
  /** Pause between webhook delivery attempts after a non-2xx answer, an error or a timeout. Default 1000 (Viva: hourly). */
  retryIntervalMs?: number
  /** Delivery attempts per message. Default 24 (1 + 23), as Viva. */
  maxAttempts?: number
  /** How long one delivery attempt waits for the answer. Default 10000. */
  webhookTimeoutMs?: number
  /** Called with one line per request served and per webhook attempt. */
  log?: (line: string) => void
}

/** 0 pending, 1 expired, 2 canceled, 3 paid. */
export type FakeVivaOrderState = 0 | 1 | 2 | 3

/** F completed, A authorised (pre-auth), E failed, X voided, R fully refunded. */
export type FakeVivaStatus = "F" | "A" | "E" | "X" | "R"

export interface FakeVivaCustomer {
  email?: string
  fullName?: string
  phone?: string
  countryCode?: string
  requestLang?: string
}

export interface FakeVivaOrder {
  orderCode: string
  /** Minor units. */
  amount: number
  /** ISO 4217 numeric, e.g. "978". */
  currencyCode: string
  /** "Default" when the order named none. */
  sourceCode: string
  merchantTrns: string | null
  customerTrns: string | null
  customer: FakeVivaCustomer
  preauth: boolean
  allowRecurring: boolean
  maxInstallments: number
  /** Seconds. */
  paymentTimeout: number
  tags: string[]
  /** ISO timestamps. */
  createdAt: string
  expiresAt: string
  /** Becomes 1 (expired) when read after expiresAt while still pending. */
  stateId: FakeVivaOrderState
}

export interface FakeVivaTransaction {
  transactionId: string
  orderCode: string
  statusId: FakeVivaStatus
  /** Minor units. */
  amount: number
  currencyCode: string
  /** 5 charge, 1 pre-authorisation, 0 capture, 7 reversal (refund or void). */
  transactionTypeId: number
  /** The captured or reversed transaction. */
  parentId: string | null
  /** "00" approved, "51" declined. */
  responseCode: string
  merchantTrns: string | null
  customerTrns: string | null
  email: string | null
  fullName: string | null
  sourceCode: string
  cardUniqueReference: string
  /** ISO timestamp. */
  insDate: string
  /** Minor units reversed so far. */
  refunded: number
  /** A pre-authorisation that has been captured (it stays "A"). */
  captured: boolean
}

export interface FakeVivaPayment {
  transactionId: string
  statusId: "F" | "A" | "E"
  /** The source's success or failure URL with s, t, lang, eventId and eci appended; null when none is configured. */
  redirect: string | null
}

export interface FakeVivaFailure {
  /** Any method when absent. */
  method?: string
  /** The exact pathname, a prefix when it ends with "*", or a RegExp tested against the pathname. */
  path: string | RegExp
  /** Answer this status (after delayMs) instead of serving the request. */
  status?: number
  /** Stall this long first; without status the request is then served normally. */
  delayMs?: number
  /** Matching requests affected. Default 1. */
  times?: number
  /** Body of the injected answer. Default: a Viva-style error JSON. */
  body?: unknown
}

export interface FakeVivaEvent {
  EventTypeId: number
  EventData: Record<string, unknown>
  /** Default: a new UUID. */
  MessageId?: string
}

export interface FakeVivaDelivery {
  messageId: string
  eventTypeId: number
  /** 1-based; the envelope's RetryCount is attempt - 1. */
  attempt: number
  /** The receiver's HTTP status; null after a connection error or timeout. */
  status: number | null
  error?: string
  /** ISO timestamp of the attempt's start. */
  at: string
}

export interface FakeVivaRequest {
  method: string
  /** Pathname, without the query. */
  path: string
  status: number
}

export interface FakeViva {
  /** "http://127.0.0.1:<port>": the accounts, API and www host at once. */
  readonly url: string
  close(): Promise<void>
  setWebhookUrl(url: string | null): void
  /** What the hosted page's buttons do. Rejects for an unknown, expired, canceled or paid order. */
  pay(orderCode: string | number, options?: { outcome?: "paid" | "declined"; amount?: number }): Promise<FakeVivaPayment>
  fail(failure: FakeVivaFailure): void
  /** Every issued token becomes invalid (401 on use). */
  expireTokens(): void
  /** Sends an event `times` times with one MessageId, concurrently or one after another. Returns the MessageId. */
  deliver(event: FakeVivaEvent, options?: { times?: number; concurrent?: boolean }): string
  /** The webhook event Viva sends for a transaction (1796, 1797 or 1798), e.g. to deliver it again. */
  webhookEvent(transactionId: string): { EventTypeId: number; EventData: Record<string, unknown> }
  /** One entry per POST attempt. */
  readonly deliveries: FakeVivaDelivery[]
  readonly orders: Map<string, FakeVivaOrder>
  readonly transactions: Map<string, FakeVivaTransaction>
  readonly requests: FakeVivaRequest[]
  /** Resolves when no webhook delivery is pending or in flight. */
  settled(): Promise<void>
}

export function startFakeViva(options?: FakeVivaOptions): Promise<FakeViva>
