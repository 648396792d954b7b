import {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus as SessionStatus,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { alphaCurrency, fromMinorUnits, numericCurrency, toMinorUnits } from "../../lib/amounts"
import { OrderState, VivaClient, VivaOrderTransaction } from "../../lib/client"
import { VivaError } from "../../lib/errors"
import { parseOptions, VivaOptions } from "../../lib/options"
import { VivaEventType, VivaTransactionEvent, VivaWebhookEnvelope } from "./webhook-event"

const STATUSES = Object.values(PaymentSessionStatus) as [SessionStatus, ...SessionStatus[]]

const Refund = z.object({
  /** Viva's reversal transaction. */
  transaction_id: z.string(),
  /** Minor units. */
  amount: z.number().int(),
  /** Medusa's refund id, so that a repeated refund call does not refund twice. */
  idempotency_key: z.string().optional(),
})

// What the provider keeps in the payment session (and then the payment). Every key is written by the
// provider, so none can come from the shopper's `data`, which Medusa stores under ours.
const SessionData = z.object({
  /** Medusa's payment session id, also the order's merchantTrns. */
  session_id: z.string().min(1),
  /** Viva's payment order (16 digits). */
  order_code: z.string().regex(/^\d+$/),
  /** Viva's payment page for the order; the storefront sends the shopper there. */
  checkout_url: z.string(),
  /** Minor units. */
  amount: z.number().int(),
  /** Lowercase ISO 4217 alphabetic. */
  currency_code: z.string(),
  /** Whether the order was created to be captured later. */
  preauth: z.boolean(),
  status: z.enum(STATUSES),
  /** The shopper's payment (the pre-authorisation when preauth). */
  transaction_id: z.string().nullable(),
  /** The capture of a pre-authorisation. */
  capture_id: z.string().nullable(),
  refunds: z.array(Refund),
  /** Why the status is "error". */
  error: z.string().optional(),
})

export type VivaSessionData = z.infer<typeof SessionData>
export type VivaRefund = z.infer<typeof Refund>

type Cradle = { logger: Logger }

const DEFAULT_DESCRIPTION = "Order payment"
const LANGUAGES: Record<string, string> = { de: "de-DE", el: "el-GR", en: "en-GB" }

/**
 * Viva Wallet Smart Checkout: each payment session is a Viva payment order that the shopper pays on
 * Viva's page. Nothing Viva or the shopper reports is taken on trust: the order's transactions are
 * fetched from Viva and checked against the session (amount, currency, reference) before a payment
 * counts, and webhook events are re-fetched before they mean anything.
 */
export default class VivaWalletProviderService extends AbstractPaymentProvider<VivaOptions> {
  static identifier = "vivawallet"

  private readonly logger: Logger
  private readonly options: VivaOptions
  private readonly client: VivaClient

  static validateOptions(options: Record<string, unknown>): void {
    parseOptions(options)
  }

  constructor(cradle: Cradle, options: VivaOptions) {
    super(cradle, options)
    this.logger = cradle.logger
    this.options = parseOptions(options)
    this.client = new VivaClient(this.options)
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = text(data?.session_id)
    if (!sessionId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Viva Wallet: the payment session id is missing")
    const session = await this.createOrder(sessionId, amount, currency_code, data, context)
    return { id: session.order_code, status: PaymentSessionStatus.PENDING, data: session }
  }

  async updatePayment({ amount, currency_code, data, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const session = read(data)
    const currency = currency_code.toLowerCase()
    if (currency === session.currency_code && toMinorUnits(amount, currency) === session.amount) {
      return { status: session.status, data: session }
    }
    // A Viva order's amount is fixed: a new order, then the old one cancelled so it cannot be paid too.
    const replacement = await this.createOrder(session.session_id, amount, currency, data, context)
    try {
      await this.cancelUnpaidOrder(session.order_code)
    } catch (error) {
      await this.cancelUnpaidOrder(replacement.order_code).catch((cleanup) =>
        this.logger.warn(`Viva Wallet: could not cancel the unused order ${replacement.order_code}: ${message(cleanup)}`)
      )
      throw error
    }
    return { status: PaymentSessionStatus.PENDING, data: replacement }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return this.status(read(data))
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return this.status(read(data))
  }

  /** Captures a pre-authorisation for the session's amount; without preauth Viva captured at payment. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const session = read(data)
    if (!session.preauth || session.capture_id) return { data }
    const authorization = session.transaction_id
    if (!authorization) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Viva Wallet: order ${session.order_code} has no authorised payment to capture`)
    }
    // A capture that went through before (a repeated call) is found instead of tried again.
    const transactions = await this.client.orderTransactions(session.order_code)
    const captured = transactions.find((t) => t.ParentId === authorization && t.StatusId === "F" && !isReversal(t))
    const captureId = captured?.TransactionId ?? (await this.client.capture(authorization, session.amount)).TransactionId
    return { data: { ...session, capture_id: captureId, status: PaymentSessionStatus.CAPTURED } }
  }

  async refundPayment({ data, amount, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = read(data)
    const key = context?.idempotency_key
    if (key && session.refunds.some((r) => r.idempotency_key === key)) return { data: session }
    const paid = session.capture_id ?? session.transaction_id
    if (!paid) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Viva Wallet: order ${session.order_code} has no payment to refund`)
    const minor = toMinorUnits(amount, session.currency_code)
    const reversal = await this.client.reverse(paid, minor)
    const refund: VivaRefund = { transaction_id: reversal.TransactionId, amount: minor, ...(key ? { idempotency_key: key } : {}) }
    return { data: { ...session, refunds: [...session.refunds, refund] } }
  }

  /** Unpaid: the order is cancelled. Paid (or authorised): what is left of the payment is reversed, a void on the same day. */
  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const session = read(data)
    const paid = session.capture_id ?? session.transaction_id
    if (!paid) {
      await this.cancelUnpaidOrder(session.order_code)
      return { data: { ...session, status: PaymentSessionStatus.CANCELED } }
    }
    const left = session.amount - session.refunds.reduce((sum, r) => sum + r.amount, 0)
    if (left <= 0) return { data: { ...session, status: PaymentSessionStatus.CANCELED } }
    const reversal = await this.client.reverse(paid, left)
    return {
      data: {
        ...session,
        status: PaymentSessionStatus.CANCELED,
        refunds: [...session.refunds, { transaction_id: reversal.TransactionId, amount: left }],
      },
    }
  }

  /** The session is dropped (the cart changed, another provider was chosen): its order must not be paid any more. */
  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // Medusa also calls this with the shopper's data alone when storing a new session failed.
    const parsed = SessionData.safeParse(data)
    if (!parsed.success) return { data }
    await this.cancelUnpaidOrder(parsed.data.order_code)
    return { data: { ...parsed.data, status: PaymentSessionStatus.CANCELED } }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const session = read(data)
    const [order, transactions] = await Promise.all([
      this.client.order(session.order_code),
      this.client.orderTransactions(session.order_code),
    ])
    return { data: { ...session, order, transactions } }
  }

  /**
   * What a webhook means. Viva does not sign them, so the event is only a hint: the transaction is
   * fetched from Viva and must agree with the event (order, amount, currency) and belong to a Medusa
   * payment session; anything else is ignored with a warning.
   */
  async getWebhookActionAndData({ data }: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const envelope = VivaWebhookEnvelope.safeParse(data)
    if (!envelope.success) return this.ignore("a malformed webhook")
    const { EventTypeId, EventData, MessageId } = envelope.data
    const name = `Viva Wallet webhook ${MessageId ?? "(no MessageId)"} (event ${EventTypeId})`

    if (EventTypeId === VivaEventType.TransactionReversalCreated) {
      this.logger.info(`${name}: a refund; nothing to do, refunds are made from Medusa`)
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    if (EventTypeId !== VivaEventType.TransactionPaymentCreated && EventTypeId !== VivaEventType.TransactionFailed) {
      return { action: PaymentActions.NOT_SUPPORTED }
    }

    const parsed = VivaTransactionEvent.safeParse(EventData)
    if (!parsed.success) return this.ignore(`${name}: malformed EventData`)
    const event = parsed.data
    if (event.ParentId) {
      this.logger.info(`${name}: transaction ${event.TransactionId} captures or reverses ${event.ParentId}; nothing to do`)
      return { action: PaymentActions.NOT_SUPPORTED }
    }

    let transaction
    try {
      transaction = await this.client.transaction(event.TransactionId)
    } catch (error) {
      if (error instanceof VivaError && error.status === 404) return this.ignore(`${name}: unknown transaction ${event.TransactionId}`)
      throw error
    }

    if (String(transaction.orderCode) !== event.OrderCode) {
      return this.ignore(`${name}: transaction ${event.TransactionId} belongs to order ${transaction.orderCode}, not ${event.OrderCode}`)
    }
    let currency: string
    let minor: number
    try {
      currency = alphaCurrency(transaction.currencyCode)
      minor = toMinorUnits(transaction.amount, currency)
      if (String(transaction.currencyCode) !== event.CurrencyCode || toMinorUnits(event.Amount, currency) !== minor) throw new Error()
    } catch {
      return this.ignore(
        `${name}: amount mismatch: the event says ${event.Amount} (${event.CurrencyCode}), Viva ${transaction.amount} (${transaction.currencyCode})`
      )
    }
    const sessionId = transaction.merchantTrns ?? ""
    if (!sessionId.startsWith("payses_")) return this.ignore(`${name}: unknown order ${event.OrderCode} (not a Medusa payment session)`)
    // The order was made for the session's amount; a payment of another amount (Viva can let the
    // shopper change it) does not pay the session. authorizePayment checks it against the session too.
    if (EventTypeId === VivaEventType.TransactionPaymentCreated) {
      const order = await this.client.order(event.OrderCode)
      if (toMinorUnits(order.RequestAmount, currency) !== minor) {
        return this.ignore(`${name}: amount mismatch: paid ${transaction.amount}, order ${event.OrderCode} asks ${order.RequestAmount}`)
      }
    }

    const result = { session_id: sessionId, amount: fromMinorUnits(minor, currency) }
    if (EventTypeId === VivaEventType.TransactionFailed) {
      return transaction.statusId === "E" ? { action: PaymentActions.FAILED, data: result } : this.ignore(`${name}: transaction ${event.TransactionId} has not failed`)
    }
    if (transaction.statusId === "F") return { action: PaymentActions.SUCCESSFUL, data: result }
    if (transaction.statusId === "A") return { action: PaymentActions.AUTHORIZED, data: result }
    return this.ignore(`${name}: transaction ${event.TransactionId} is in status ${transaction.statusId}, not paid`)
  }

  private async createOrder(
    sessionId: string,
    amount: InitiatePaymentInput["amount"],
    currencyCode: string,
    data: InitiatePaymentInput["data"],
    context: InitiatePaymentInput["context"]
  ): Promise<VivaSessionData> {
    const currency = currencyCode.toLowerCase()
    const minor = toMinorUnits(amount, currency)
    const customer = context?.customer
    const fullName = text(data?.full_name) ?? ([customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || undefined)
    const orderCode = await this.client.createOrder({
      amount: minor,
      currencyCode: numericCurrency(currency),
      merchantTrns: sessionId,
      customerTrns: text(data?.description) ?? DEFAULT_DESCRIPTION,
      customer: {
        email: text(data?.email) ?? customer?.email ?? undefined,
        fullName,
        requestLang: requestLang(text(data?.locale)),
      },
      sourceCode: this.options.source_code,
      preauth: this.options.preauth,
      paymentTimeout: this.options.payment_timeout,
    })
    return {
      session_id: sessionId,
      order_code: orderCode,
      checkout_url: this.client.checkoutUrl(orderCode),
      amount: minor,
      currency_code: currency,
      preauth: this.options.preauth,
      status: PaymentSessionStatus.PENDING,
      transaction_id: null,
      capture_id: null,
      refunds: [],
    }
  }

  /** The session's state from the order's transactions on Viva, each checked against the session. */
  private async status(session: VivaSessionData): Promise<AuthorizePaymentOutput> {
    const all = await this.client.orderTransactions(session.order_code)
    const ofOrder = all.filter((t) => String(t.Order?.OrderCode) === session.order_code)
    const payments = ofOrder.filter((t) => !t.ParentId)
    const paid = payments.find((t) => t.StatusId === "F" || (session.preauth && t.StatusId === "A"))
    const { error: _previous, ...base } = session

    if (!paid) {
      if (payments.some((t) => t.StatusId === "E")) {
        const error = `Viva Wallet: the payment for order ${session.order_code} was declined`
        return { status: PaymentSessionStatus.ERROR, data: { ...base, status: PaymentSessionStatus.ERROR, error } }
      }
      return { status: PaymentSessionStatus.PENDING, data: { ...base, status: PaymentSessionStatus.PENDING } }
    }

    const mismatch = this.mismatch(session, paid)
    if (mismatch) {
      this.logger.warn(mismatch)
      return { status: PaymentSessionStatus.ERROR, data: { ...base, status: PaymentSessionStatus.ERROR, error: mismatch } }
    }
    const capture = ofOrder.find((t) => t.ParentId === paid.TransactionId && t.StatusId === "F" && !isReversal(t))
    const status = paid.StatusId === "F" || capture ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED
    return {
      status,
      data: { ...base, status, transaction_id: paid.TransactionId, capture_id: capture?.TransactionId ?? session.capture_id },
    }
  }

  /** Why a transaction does not pay this session, or undefined when it does. */
  private mismatch(session: VivaSessionData, transaction: VivaOrderTransaction): string | undefined {
    const problem = (what: string) =>
      `Viva Wallet: transaction ${transaction.TransactionId} of order ${session.order_code} does not match payment session ${session.session_id}: ${what}`
    if (transaction.MerchantTrns !== session.session_id) return problem(`its reference is ${JSON.stringify(transaction.MerchantTrns)}`)
    if (String(transaction.CurrencyCode) !== numericCurrency(session.currency_code)) {
      return problem(`currency ${transaction.CurrencyCode}, expected ${numericCurrency(session.currency_code)}`)
    }
    let minor: number | undefined
    try {
      minor = toMinorUnits(transaction.Amount, session.currency_code)
    } catch {
      minor = undefined
    }
    if (minor !== session.amount) {
      return problem(`amount ${transaction.Amount}, expected ${fromMinorUnits(session.amount, session.currency_code)} ${session.currency_code.toUpperCase()}`)
    }
    return undefined
  }

  /** Cancels an order nobody paid; one already gone (cancelled, expired, unknown) is fine, a paid one is not. */
  private async cancelUnpaidOrder(orderCode: string): Promise<void> {
    try {
      await this.client.cancelOrder(orderCode)
      return
    } catch (error) {
      if (!(error instanceof VivaError) || error.status === undefined || error.retryable) throw error
      if (error.status === 404) return
    }
    const order = await this.client.order(orderCode).catch((error) => {
      if (error instanceof VivaError && error.status === 404) return null
      throw error
    })
    if (order?.StateId === OrderState.Paid) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Viva Wallet: order ${orderCode} is already paid; complete the cart with it or refund it on Viva`
      )
    }
  }

  private ignore(reason: string): WebhookActionResult {
    this.logger.warn(`${reason}; ignored`)
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

/** The session data the provider wrote; anything else is not a Viva Wallet payment. */
function read(data: Record<string, unknown> | undefined): VivaSessionData {
  const parsed = SessionData.safeParse(data)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Viva Wallet: not a Viva Wallet payment (${problems})`)
}

// Viva's reversals (refunds and voids) are their own transactions pointing at the payment.
function isReversal(transaction: VivaOrderTransaction) {
  return transaction.TransactionTypeId === 7
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined
}

/** Viva's page language from a locale: "de" → "de-DE", "el" → "el-GR", "en" → "en-GB", "pt-br" → "pt-BR". */
function requestLang(locale: string | undefined): string | undefined {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(locale ?? "")
  if (!match) return undefined
  const language = match[1].toLowerCase()
  if (match[2]) return `${language}-${match[2].toUpperCase()}`
  return LANGUAGES[language] ?? `${language}-${language.toUpperCase()}`
}

function message(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}
