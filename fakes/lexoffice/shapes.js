"use strict"

const http = require("node:http")
const { randomBytes } = require("node:crypto")

const VALIDATION_FAILED = "Validation failed for request. Please see details list for specific causes."
const MAX_PAGE_SIZE = 250

/**
 * A request Lexoffice refuses; `details` name the offending fields.
 * @typedef {{ violation: string, field: string, message: string }} Detail
 */
class LexofficeError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Detail[]} [details]
   */
  constructor(status, message, details = []) {
    super(message)
    this.status = status
    this.details = details
  }
}

/** Collects every violation of a request body, as Lexoffice reports them all at once. */
function violations() {
  /** @type {Detail[]} */
  const details = []
  return {
    add(field, violation, message) {
      details.push({ violation, field, message })
    },
    missing(field) {
      details.push({ violation: "NOTNULL", field, message: "must not be null" })
    },
    /** Throws the 400 when anything was added. */
    check() {
      if (details.length > 0) throw new LexofficeError(400, VALIDATION_FAILED, details)
    },
  }
}

/** Lexoffice's error body. */
function problem(status, path, message, details = []) {
  return {
    timestamp: lexDate(new Date()),
    status,
    error: http.STATUS_CODES[status] ?? "Error",
    path,
    traceId: randomBytes(6).toString("hex"),
    message,
    details,
  }
}

/** Lexoffice's timestamp format yyyy-MM-ddTHH:mm:ss.SSSXXX; the fake keeps every date in UTC. */
function lexDate(date) {
  return date.toISOString().replace("Z", "+00:00")
}

/** A page of a collection in Lexoffice's shape, from the query's page (0-based) and size. */
function page(items, query, defaultSize = 25) {
  const number = pageParam(query, "page", 0, Infinity, 0)
  const size = pageParam(query, "size", 1, MAX_PAGE_SIZE, defaultSize)
  const content = items.slice(number * size, (number + 1) * size)
  const totalPages = Math.ceil(items.length / size)
  return {
    content,
    first: number === 0,
    last: number >= totalPages - 1,
    totalPages,
    totalElements: items.length,
    numberOfElements: content.length,
    size,
    number,
  }
}

function pageParam(query, name, min, max, fallback) {
  const raw = query.get(name)
  if (raw === null || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    const problems = violations()
    problems.add(name, "INVALID", `must be an integer from ${min}${max === Infinity ? "" : ` to ${max}`}`)
    problems.check()
  }
  return value
}

module.exports = { LexofficeError, violations, problem, lexDate, page }
