"use strict"

/**
 * @typedef {{ method?: string, path: string | RegExp, status?: number, delayMs?: number, times?: number,
 *   body?: unknown }} Failure
 */

/** Injected failures: the next matching requests answer an error status or stall first. */
function createFailures() {
  /** @type {Array<Failure & { left: number }>} */
  const rules = []

  return {
    /** @param {Failure} failure */
    add(failure) {
      const { method, path, status, delayMs, times = 1 } = failure ?? {}
      if (typeof path !== "string" && !(path instanceof RegExp)) throw new TypeError("fail: path must be a string or a RegExp")
      if (method !== undefined && typeof method !== "string") throw new TypeError("fail: method must be a string")
      if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599)) {
        throw new TypeError("fail: status must be an HTTP status code")
      }
      if (delayMs !== undefined && !(Number.isFinite(delayMs) && delayMs >= 0)) throw new TypeError("fail: delayMs must be >= 0")
      if (status === undefined && delayMs === undefined) throw new TypeError("fail: give a status, a delayMs or both")
      if (!(Number.isInteger(times) && times > 0)) throw new TypeError("fail: times must be a positive integer")
      rules.push({ ...failure, left: times })
    },

    /**
     * Uses up one of the first rule matching the request.
     * @returns {(Failure & { left: number }) | null}
     */
    take(method, pathname) {
      const index = rules.findIndex((rule) => matches(rule, method, pathname))
      if (index < 0) return null
      const rule = rules[index]
      rule.left -= 1
      if (rule.left === 0) rules.splice(index, 1)
      return rule
    },
  }
}

/** A string path is exact, or a prefix when it ends with "*". */
function matches(rule, method, pathname) {
  if (rule.method && rule.method.toUpperCase() !== method) return false
  if (rule.path instanceof RegExp) {
    rule.path.lastIndex = 0
    return rule.path.test(pathname)
  }
  return rule.path.endsWith("*") ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path
}

module.exports = { createFailures }
