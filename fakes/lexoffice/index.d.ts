export interface FakeLexofficeOptions {
  /** 0 (default) = any free port. */
  port?: number
  /** The API key expected as `Authorization: Bearer <key>`, else 401. Default "fake-lexoffice-key". */
  apiKey?: string
  /**
   * Refill rate of the token bucket shared by all /v1 endpoints. Default 2 (Lexoffice's limit); the bucket holds
   * max(2, ratePerSecond) tokens, so a high rate lifts the limit for tests that are not about it.
   */
  ratePerSecond?: number
  /** Default a fixed UUID. */
  organizationId?: string
  /** Retry-After header of a 429, in seconds. Default 1; null: no header. */
  retryAfterSeconds?: number | null
  /** Pause between webhook attempts after a non-2xx answer, an error or a timeout. Default 1000. */
  webhookRetryIntervalMs?: number
  /** Attempts per webhook and subscription. Default 5. */
  maxWebhookAttempts?: number
  /** How long one webhook attempt waits for the answer. Default 5000. */
  webhookTimeoutMs?: number
  /** Called with one line per request served and per webhook attempt. */
  log?: (line: string) => void
}

export type FakeLexofficeVoucherStatus = "draft" | "open" | "paid" | "voided"

export interface FakeLexofficeAddress {
  contactId?: string
  name: string
  supplement?: string
  street?: string
  city?: string
  zip?: string
  countryCode: string
}

export interface FakeLexofficeContact {
  id: string
  organizationId: string
  version: number
  /** Customer numbers count from 10001, vendor numbers from 70001. */
  roles: { customer?: { number: number }; vendor?: { number: number } }
  person?: { salutation?: string; firstName?: string; lastName: string }
  company?: { name: string; vatRegistrationId?: string; taxNumber?: string; allowTaxFreeInvoices?: boolean }
  addresses?: { billing?: Array<Omit<FakeLexofficeAddress, "contactId" | "name">>; shipping?: Array<Omit<FakeLexofficeAddress, "contactId" | "name">> }
  emailAddresses?: { business?: string[]; office?: string[]; private?: string[]; other?: string[] }
  phoneNumbers?: Record<string, string[]>
  note?: string
  archived: boolean
}

export interface FakeLexofficeLineItem {
  type: "custom" | "material" | "service" | "text"
  name: string
  description?: string
  /** Absent on text lines, as are unitName, unitPrice, discountPercentage and lineItemAmount. */
  quantity?: number
  unitName?: string
  /** Both amounts: the one given and the other derived (4 decimals). */
  unitPrice?: { currency: "EUR"; netAmount: number; grossAmount: number; taxRatePercentage: number }
  discountPercentage?: number
  /** Gross for taxType gross, else net; after the line's discount, before the total discount. */
  lineItemAmount?: number
}

/** An invoice or credit note as GET /v1/invoices/{id} or /v1/credit-notes/{id} returns it. */
export interface FakeLexofficeVoucher {
  id: string
  organizationId: string
  createdDate: string
  updatedDate: string
  version: number
  language: "de"
  archived: boolean
  voucherStatus: FakeLexofficeVoucherStatus
  /** RE0001... or GS0001...; absent on drafts. */
  voucherNumber?: string
  voucherDate: string
  /** With contactId: the contact's name and billing address, overridden by fields given in the body. */
  address: FakeLexofficeAddress
  lineItems: FakeLexofficeLineItem[]
  totalPrice: {
    currency: "EUR"
    totalNetAmount: number
    totalGrossAmount: number
    totalTaxAmount: number
    totalDiscountPercentage?: number
    totalDiscountAbsolute?: number
  }
  /** One entry per tax rate, highest rate first. */
  taxAmounts: Array<{ taxRatePercentage: number; taxAmount: number; netAmount: number }>
  taxConditions: { taxType: string; taxTypeNote?: string }
  /** Invoices only. */
  shippingConditions?: { shippingType: string; shippingDate?: string; shippingEndDate?: string }
  paymentConditions?: unknown
  title?: string
  introduction?: string
  remark?: string
  /** An invoice lists its credit notes, a credit note its invoice. */
  relatedVouchers: Array<{ id: string; voucherNumber?: string; voucherType: "invoice" | "creditnote" }>
  /** Credit notes created with ?precedingSalesVoucherId=. */
  precedingSalesVoucherId?: string
}

/** GET /v1/payments/{voucherId}. */
export interface FakeLexofficePayment {
  openAmount: number
  currency: "EUR"
  /** openExpense for a credit note with an open amount. */
  paymentStatus: "balanced" | "openRevenue" | "openExpense"
  voucherType: "invoice" | "creditnote"
  voucherStatus: FakeLexofficeVoucherStatus
  /** The last payment's posting date, once balanced. */
  paidDate?: string
  paymentItems: Array<{ paymentItemType: "manualPayment"; postingDate: string; amount: number; currency: "EUR" }>
}

export interface FakeLexofficeSubscription {
  subscriptionId: string
  organizationId: string
  createdDate: string
  eventType: string
  callbackUrl: string
}

export interface FakeLexofficeDelivery {
  subscriptionId: string
  eventType: string
  resourceId: string
  /** 1-based. */
  attempt: number
  /** The receiver's HTTP status; null after a connection error or timeout. */
  status: number | null
  error?: string
  /** Epoch ms of the attempt's start. */
  at: number
}

export interface FakeLexofficeRequest {
  method: string
  /** Pathname, without the query. */
  path: string
  status: number
  /** Epoch ms of the request's arrival (when it took its token). */
  at: number
}

export interface FakeLexofficeFailure {
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
  /** Body of the injected answer. Default: a Lexoffice error JSON. */
  body?: unknown
}

export interface FakeLexofficeDeliverOptions {
  /** valid (default): signed with the fake's key; forged: a signature no key made; none: no X-Lxo-Signature. */
  signature?: "valid" | "forged" | "none"
  /** Raw body sent (and signed) instead of `{ organizationId, eventType, resourceId, eventDate }`. */
  body?: string
}

export interface FakeLexoffice {
  /** "http://127.0.0.1:<port>", the API base; paths start with /v1. */
  readonly url: string
  /** PEM (SPKI) of the RSA key pair (2048 bits) that signs the webhooks; generated at start. */
  readonly publicKey: string
  close(): Promise<void>
  fail(failure: FakeLexofficeFailure): void
  /** A manual payment (major units) on a finalized invoice or credit note; rejects for more than the open amount. */
  pay(voucherId: string, amount: number): Promise<FakeLexofficePayment>
  /** Sends an event to every subscription of its type; returns the raw body. Throws when there is none. */
  deliver(eventType: string, resourceId: string, options?: FakeLexofficeDeliverOptions): string
  /** The most non-429 /v1 requests that arrived within any windowMs (default 1000). */
  maxRate(windowMs?: number): number
  readonly contacts: Map<string, FakeLexofficeContact>
  readonly invoices: Map<string, FakeLexofficeVoucher>
  readonly creditNotes: Map<string, FakeLexofficeVoucher>
  readonly subscriptions: Map<string, FakeLexofficeSubscription>
  /** Every request served, 429s included. */
  readonly requests: FakeLexofficeRequest[]
  /** One entry per webhook POST attempt. */
  readonly deliveries: FakeLexofficeDelivery[]
  /** Resolves when no webhook delivery is pending or in flight. */
  settled(): Promise<void>
}

export function startFakeLexoffice(options?: FakeLexofficeOptions): Promise<FakeLexoffice>
