"use strict"

const { postWebhook } = require("../deliver")
const { createSign, randomBytes, randomUUID } = require("node:crypto")
const { LexofficeError, violations, lexDate } = require("./shapes")

const RESOURCES = {
  contact: ["created", "changed", "deleted"],
  invoice: ["created", "changed", "deleted", "status.changed"],
  "credit-note": ["created", "changed", "deleted", "status.changed"],
  "down-payment-invoice": ["created", "changed", "deleted", "status.changed"],
  "order-confirmation": ["created", "changed", "deleted", "status.changed"],
  quotation: ["created", "changed", "deleted", "status.changed"],
  "delivery-note": ["created", "changed", "deleted", "status.changed"],
  dunning: ["created", "changed", "deleted"],
  voucher: ["created", "changed", "deleted", "status.changed"],
  article: ["created", "changed", "deleted"],
  "recurring-template": ["created", "changed", "deleted"],
  payment: ["changed"],
  token: ["revoked"],
}
const EVENT_TYPES = new Set(
  Object.entries(RESOURCES).flatMap(([resource, events]) => events.map((event) => `${resource}.${event}`))
)

/**
 * @typedef {{ subscriptionId: string, organizationId: string, createdDate: string, eventType: string,
 *   callbackUrl: string }} Subscription
 * @typedef {{ subscriptionId: string, eventType: string, resourceId: string, attempt: number, status: number | null,
 *   error?: string, at: number }} Delivery
 */

/**
 * Event subscriptions and their webhook calls. Each event is POSTed to every subscription of its type with the
 * body `{ organizationId, eventType, resourceId, eventDate }` and X-Lxo-Signature, the base64 RSA-SHA512 signature
 * of exactly those bytes; a non-2xx answer, an error or no answer in time is retried with the same bytes.
 * Nothing here blocks the request that caused the event.
 * @param {{ organizationId: string, privateKey: import("node:crypto").KeyObject, retryIntervalMs: number,
 *   maxAttempts: number, timeoutMs: number, log?: (line: string) => void }} options
 */
function createWebhooks({ organizationId, privateKey, retryIntervalMs, maxAttempts, timeoutMs, log }) {
  /** @type {Map<string, Subscription>} */
  const subscriptions = new Map()
  /** @type {Delivery[]} */
  const deliveries = []
  const signatureBytes = (privateKey.asymmetricKeyDetails?.modulusLength ?? 2048) / 8
  let pending = 0
  let closed = false
  /** @type {Array<() => void>} */
  const waiters = []
  /** @type {Map<NodeJS.Timeout, () => void>} retry pauses, resolved early by close() */
  const pauses = new Map()
  /** @type {Set<() => void>} aborts of the attempts in flight */
  const inFlight = new Set()

  function subscribe(body) {
    const problems = violations()
    const { eventType, callbackUrl } = body !== null && typeof body === "object" ? body : {}
    if (eventType == null) problems.missing("eventType")
    else if (!EVENT_TYPES.has(eventType)) problems.add("eventType", "INVALID", `unknown event type ${eventType}`)
    if (callbackUrl == null) problems.missing("callbackUrl")
    else if (!isHttpUrl(callbackUrl)) problems.add("callbackUrl", "INVALID", "must be an http(s) URL")
    problems.check()
    const duplicate = [...subscriptions.values()].some((s) => s.eventType === eventType && s.callbackUrl === callbackUrl)
    if (duplicate) throw new LexofficeError(409, `A subscription for ${eventType} to ${callbackUrl} already exists`)
    /** @type {Subscription} */
    const subscription = {
      subscriptionId: randomUUID(),
      organizationId,
      createdDate: lexDate(new Date()),
      eventType,
      callbackUrl,
    }
    subscriptions.set(subscription.subscriptionId, subscription)
    return subscription
  }

  function subscription(id) {
    const found = subscriptions.get(id)
    if (!found) throw new LexofficeError(404, `No event subscription with id ${id}`)
    return found
  }

  /**
   * Queues the event for every subscription of its type.
   * @param {string} eventType
   * @param {string} resourceId
   * @param {{ signature?: "valid" | "forged" | "none", body?: string }} [options]
   *   forged: a signature of the right length that no key made; body: sent (and signed) instead of the event
   * @returns {{ body: string, subscriptions: number }}
   */
  function send(eventType, resourceId, options = {}) {
    const { signature = "valid", body } = options
    const signers = {
      valid: (raw) => createSign("RSA-SHA512").update(raw).sign(privateKey, "base64"),
      forged: () => randomBytes(signatureBytes).toString("base64"),
      none: () => null,
    }
    if (!Object.hasOwn(signers, signature)) throw new TypeError(`signature must be "valid", "forged" or "none", not ${signature}`)
    const raw = body ?? JSON.stringify({ organizationId, eventType, resourceId, eventDate: lexDate(new Date()) })
    const targets = [...subscriptions.values()].filter((s) => s.eventType === eventType)
    // Signed once: every subscription and every retry gets the same bytes and signature.
    const header = targets.length > 0 ? signers[signature](raw) : null
    for (const target of targets) {
      pending += 1
      setImmediate(() => attempts(target, { eventType, resourceId, raw, header }).finally(finished))
    }
    return { body: raw, subscriptions: targets.length }
  }

  async function attempts(target, { eventType, resourceId, raw, header }) {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await pause(retryIntervalMs)
      // A subscription deleted meanwhile gets nothing more.
      if (closed || !subscriptions.has(target.subscriptionId)) return
      const at = Date.now()
      const { status, error } = await post(target.callbackUrl, raw, header)
      if (closed) return
      deliveries.push({
        subscriptionId: target.subscriptionId,
        eventType,
        resourceId,
        attempt,
        status,
        ...(error && { error }),
        at,
      })
      log?.(`webhook ${eventType} ${resourceId} attempt ${attempt} -> ${status ?? error}`)
      if (status !== null && status >= 200 && status < 300) return
    }
  }

  function finished() {
    pending -= 1
    if (pending === 0) waiters.splice(0).forEach((resolve) => resolve())
  }

  function pause(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pauses.delete(timer)
        resolve(undefined)
      }, ms)
      pauses.set(timer, () => resolve(undefined))
    })
  }

  function post(to, raw, signature) {
    const headers = { "user-agent": "fake-lexoffice", ...(signature !== null && { "x-lxo-signature": signature }) }
    return postWebhook(to, Buffer.from(raw), headers, timeoutMs, inFlight)
  }

  return {
    subscriptions,
    deliveries,
    subscribe,
    subscription,
    unsubscribe(id) {
      subscriptions.delete(subscription(id).subscriptionId)
    },
    send,
    /** Resolves once no event is waiting for, or in, a delivery attempt. */
    settled() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(() => resolve(undefined)))
    },
    /** Stops retries and aborts attempts in flight, so the process can exit. */
    close() {
      closed = true
      for (const [timer, resolve] of pauses) {
        clearTimeout(timer)
        resolve()
      }
      pauses.clear()
      for (const abort of inFlight) abort()
    },
  }
}

function isHttpUrl(value) {
  if (typeof value !== "string") return false
  try {
    const { protocol } = new URL(value)
    return protocol === "http:" || protocol === "https:"
  } catch {
    return false
  }
}

module.exports = { createWebhooks }
