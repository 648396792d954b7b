"use strict"

const { randomBytes, randomUUID } = require("node:crypto")

/** A request Viva would refuse: `status` is the HTTP status, `code` Viva's ErrorCode. */
class LedgerError extends Error {
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

// Order codes are 16 digits and stay below Number.MAX_SAFE_INTEGER, so they survive JSON numbers exactly.
const CODE_MIN = 1_000_000_000_000_000n
const CODE_SPAN = 8_007_199_254_740_991n

const STATE = { pending: 0, expired: 1, canceled: 2, paid: 3 }
const UNPAYABLE = { 1: "has expired", 2: "was canceled", 3: "is already paid" }

// Viva's TransactionTypeId values used here.
const TYPE = { capture: 0, preauth: 1, charge: 5, reversal: 7 }

const CUSTOMER_FIELDS = ["email", "fullName", "phone", "countryCode", "requestLang"]

/**
 * Payment orders and their transactions, with Viva's rules for paying, capturing, refunding and canceling.
 * Amounts are integers in minor units here.
 * @param {{ isSource: (code: string) => boolean, onEvent: (transaction: object) => void }} options
 *   onEvent is called for every transaction that Viva announces by webhook.
 */
function createLedger({ isSource, onEvent }) {
  /** @type {Map<string, ReturnType<typeof newOrder>>} */
  const orders = new Map()
  /** @type {Map<string, ReturnType<typeof newTransaction>>} insertion order = creation order */
  const transactions = new Map()

  function createOrder(body) {
    const fields = orderFields(body, isSource)
    let orderCode
    do orderCode = String(CODE_MIN + (randomBytes(8).readBigUInt64BE() % CODE_SPAN))
    while (orders.has(orderCode))
    const order = newOrder(orderCode, fields)
    orders.set(orderCode, order)
    return order
  }

  function order(orderCode) {
    const found = orders.get(String(orderCode))
    if (!found) throw new LedgerError(404, 404, `Order ${orderCode} not found`)
    return found
  }

  function transaction(transactionId) {
    const found = transactions.get(transactionId)
    if (!found) throw new LedgerError(404, 404, "Transaction not found")
    return found
  }

  function record(fields) {
    const created = newTransaction(fields)
    transactions.set(created.transactionId, created)
    return created
  }

  /** The order, if the shopper can still pay it. */
  function payable(orderCode) {
    const found = order(orderCode)
    const state = found.stateId
    if (state !== STATE.pending) throw new LedgerError(409, 403, `Order ${orderCode} ${UNPAYABLE[state]}`)
    return found
  }

  /**
   * The shopper's attempt on the hosted page. A declined order stays payable: the shopper may try again.
   * @param {string | number} orderCode
   * @param {{ outcome?: string, amount?: number }} [payment] amount in minor units, default the order's
   */
  function pay(orderCode, { outcome = "paid", amount } = {}) {
    const paid = payable(orderCode)
    if (outcome !== "paid" && outcome !== "declined") throw new LedgerError(400, 400, `Unknown outcome ${outcome}`)
    const charged = amount ?? paid.amount
    if (!isMinor(charged)) throw new LedgerError(400, 400, "amount must be a positive integer (minor units)")
    const declined = outcome === "declined"
    const created = record({
      orderCode: paid.orderCode,
      statusId: declined ? "E" : paid.preauth ? "A" : "F",
      amount: charged,
      currencyCode: paid.currencyCode,
      transactionTypeId: paid.preauth ? TYPE.preauth : TYPE.charge,
      responseCode: declined ? "51" : "00",
      merchantTrns: paid.merchantTrns,
      customerTrns: paid.customerTrns,
      email: paid.customer.email ?? null,
      fullName: paid.customer.fullName ?? null,
      sourceCode: paid.sourceCode,
      cardUniqueReference: randomBytes(20).toString("hex").toUpperCase(),
    })
    if (!declined) paid.stateId = STATE.paid
    onEvent(created)
    return created
  }

  /** Captures a pre-authorisation once, for at most the authorised amount; the original stays "A". */
  function capture(transactionId, amount) {
    const authorised = transaction(transactionId)
    if (authorised.statusId !== "A" || authorised.captured) {
      throw new LedgerError(400, 403, "Transaction is not an uncaptured pre-authorisation")
    }
    const captured = amount ?? authorised.amount
    if (!isMinor(captured) || captured > authorised.amount) {
      throw new LedgerError(400, 403, `Capture amount must be between 1 and ${authorised.amount}`)
    }
    authorised.captured = true
    return record({ ...inherited(authorised), statusId: "F", amount: captured, transactionTypeId: TYPE.capture })
  }

  /**
   * Refunds (part of) a completed transaction, or voids an uncaptured pre-authorisation (in full).
   * @param {number | undefined} amount absent = all that is left
   */
  function reverse(transactionId, amount) {
    const original = transaction(transactionId)
    let reversed
    if (original.statusId === "A" && !original.captured) {
      if (amount !== undefined && amount !== original.amount) {
        throw new LedgerError(400, 403, `A pre-authorisation is voided in full (${original.amount})`)
      }
      reversed = original.amount
      original.statusId = "X"
    } else {
      if (original.statusId === "R") throw new LedgerError(400, 403, "Transaction is already fully refunded")
      if (original.statusId !== "F" || original.transactionTypeId === TYPE.reversal) {
        throw new LedgerError(400, 403, "Transaction cannot be refunded")
      }
      const left = original.amount - original.refunded
      reversed = amount ?? left
      if (!isMinor(reversed) || reversed > left) throw new LedgerError(400, 403, `Refund amount must be between 1 and ${left}`)
      original.refunded += reversed
      if (original.refunded === original.amount) original.statusId = "R"
    }
    const created = record({ ...inherited(original), statusId: "F", amount: reversed, transactionTypeId: TYPE.reversal })
    onEvent(created)
    return created
  }

  function cancel(orderCode) {
    const canceled = order(orderCode)
    if (canceled.stateId === STATE.paid) throw new LedgerError(400, 403, "Order is already paid")
    canceled.stateId = STATE.canceled
    return canceled
  }

  /** Newest first, including captures and reversals. */
  function orderTransactions(orderCode) {
    return [...transactions.values()].filter((t) => t.orderCode === String(orderCode)).reverse()
  }

  return { orders, transactions, createOrder, order, transaction, payable, pay, capture, reverse, cancel, orderTransactions }
}

/** The fields a capture or reversal takes over from its parent transaction. */
function inherited(parent) {
  const { orderCode, currencyCode, merchantTrns, customerTrns, email, fullName, sourceCode, cardUniqueReference } = parent
  return {
    orderCode,
    currencyCode,
    merchantTrns,
    customerTrns,
    email,
    fullName,
    sourceCode,
    cardUniqueReference,
    parentId: parent.transactionId,
    responseCode: "00",
  }
}

function newTransaction(fields) {
  return {
    transactionId: randomUUID(),
    parentId: null,
    insDate: new Date().toISOString(),
    refunded: 0,
    captured: false,
    ...fields,
  }
}

function newOrder(orderCode, fields) {
  const createdAt = new Date()
  let state = STATE.pending
  return {
    orderCode,
    ...fields,
    createdAt: createdAt.toISOString(),
    expiresAt: new Date(createdAt.getTime() + fields.paymentTimeout * 1000).toISOString(),
    // Expiry is applied when the state is read.
    get stateId() {
      if (state === STATE.pending && Date.now() >= Date.parse(this.expiresAt)) state = STATE.expired
      return state
    },
    set stateId(next) {
      state = next
    },
  }
}

/** Validates a create-order body as Viva does (only amount is required) and applies the defaults. */
function orderFields(body, isSource) {
  const bad = (message) => new LedgerError(400, 400, message)
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw bad("The request body must be a JSON object")
  const { amount, currencyCode = "978", sourceCode, paymentTimeout = 1800, maxInstallments = 0, tags = [] } = body
  if (!Number.isInteger(amount) || amount < 30) throw bad("amount must be an integer of at least 30 (minor units)")
  const currency = typeof currencyCode === "number" ? String(currencyCode).padStart(3, "0") : currencyCode
  if (typeof currency !== "string" || !/^\d{3}$/.test(currency)) throw bad("currencyCode must be an ISO 4217 numeric code")
  const source = sourceCode == null || sourceCode === "" ? "Default" : sourceCode
  if (typeof source !== "string" || !isSource(source)) throw bad(`Unknown sourceCode ${sourceCode}`)
  if (!Number.isInteger(paymentTimeout) || paymentTimeout <= 0) throw bad("paymentTimeout must be a positive number of seconds")
  if (!Number.isInteger(maxInstallments) || maxInstallments < 0) throw bad("maxInstallments must be a non-negative integer")
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== "string")) throw bad("tags must be an array of strings")
  for (const key of ["preauth", "allowRecurring"]) {
    if (body[key] != null && typeof body[key] !== "boolean") throw bad(`${key} must be a boolean`)
  }
  for (const key of ["merchantTrns", "customerTrns"]) {
    if (body[key] != null && typeof body[key] !== "string") throw bad(`${key} must be a string`)
  }
  const customer = body.customer ?? {}
  if (typeof customer !== "object" || Array.isArray(customer)) throw bad("customer must be an object")
  for (const key of CUSTOMER_FIELDS) {
    if (customer[key] != null && typeof customer[key] !== "string") throw bad(`customer.${key} must be a string`)
  }
  if (customer.email && !/^[^\s@]+@[^\s@]+$/.test(customer.email)) throw bad("customer.email is not a valid email address")
  return {
    amount,
    currencyCode: currency,
    sourceCode: source,
    merchantTrns: body.merchantTrns ?? null,
    customerTrns: body.customerTrns ?? null,
    customer: Object.fromEntries(CUSTOMER_FIELDS.filter((key) => customer[key] != null).map((key) => [key, customer[key]])),
    preauth: body.preauth ?? false,
    allowRecurring: body.allowRecurring ?? false,
    maxInstallments,
    paymentTimeout,
    tags,
  }
}

function isMinor(amount) {
  return Number.isInteger(amount) && amount > 0
}

module.exports = { createLedger, LedgerError }
