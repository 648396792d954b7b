"use strict"

const { postWebhook } = require("../deliver")
const { randomUUID } = require("node:crypto")

/**
 * @typedef {{ EventTypeId: number, EventData: Record<string, unknown>, MessageId?: string }} WebhookEvent
 * @typedef {{ messageId: string, eventTypeId: number, attempt: number, status: number | null,
 *   error?: string, at: string }} Delivery
 */

/**
 * Viva's webhook delivery: each message is POSTed as JSON and, after a non-2xx answer, a connection error or
 * no answer in time, sent again with the same MessageId and RetryCount + 1. Nothing here ever blocks the
 * request that caused the event.
 * @param {{ url: string | null, recipientId: string, retryIntervalMs: number, maxAttempts: number,
 *   timeoutMs: number, log?: (line: string) => void }} options
 */
function createWebhooks({ url, recipientId, retryIntervalMs, maxAttempts, timeoutMs, log }) {
  let target = checkUrl(url)
  let pending = 0
  let closed = false
  /** @type {Delivery[]} */
  const deliveries = []
  /** @type {Array<() => void>} */
  const waiters = []
  /** @type {Map<NodeJS.Timeout, () => void>} retry pauses, resolved early by close() */
  const pauses = new Map()
  /** @type {Set<() => void>} aborts of the attempts in flight */
  const inFlight = new Set()

  /**
   * Queues `times` copies of one message (the same MessageId, as Viva's duplicate deliveries).
   * @param {WebhookEvent} event
   * @param {{ times?: number, concurrent?: boolean }} [options]
   * @returns {string} the MessageId
   */
  function send(event, { times = 1, concurrent = false } = {}) {
    const message = {
      Url: target,
      EventData: event.EventData,
      Created: new Date().toISOString(),
      CorrelationId: randomUUID(),
      EventTypeId: event.EventTypeId,
      RetryCount: 0,
      MessageId: event.MessageId ?? randomUUID(),
      RecipientId: recipientId,
      MessageTypeId: 512,
    }
    pending += times
    const copies = Array.from({ length: times }, () => () => attempts(message).finally(finished))
    setImmediate(async () => {
      if (concurrent) await Promise.all(copies.map((copy) => copy()))
      else for (const copy of copies) await copy()
    })
    return message.MessageId
  }

  async function attempts(message) {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await pause(retryIntervalMs)
      if (closed || !target) return
      const at = new Date().toISOString()
      const { status, error } = await post(target, { ...message, Url: target, RetryCount: attempt - 1 })
      if (closed) return
      deliveries.push({ messageId: message.MessageId, eventTypeId: message.EventTypeId, attempt, status, ...(error && { error }), at })
      log?.(`webhook ${message.EventTypeId} ${message.MessageId} attempt ${attempt} -> ${status ?? error}`)
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
        resolve()
      }, ms)
      pauses.set(timer, () => resolve(undefined))
    })
  }

  function post(to, body) {
    const headers = { "user-agent": "fake-viva-wallet" }
    return postWebhook(to, Buffer.from(JSON.stringify(body)), headers, timeoutMs, inFlight)
  }

  return {
    deliveries,
    send,
    get url() {
      return target
    },
    set url(next) {
      target = checkUrl(next)
    },
    /** Resolves once no message is waiting for, or in, a delivery attempt. */
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

/** @param {string | null | undefined} url */
function checkUrl(url) {
  if (url == null) return null
  const { protocol } = new URL(url)
  if (protocol !== "http:" && protocol !== "https:") throw new Error(`webhook URL must be http(s): ${url}`)
  return url
}

module.exports = { createWebhooks }
