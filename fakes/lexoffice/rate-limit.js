"use strict"

/**
 * Lexoffice's rate limit: one token bucket for all endpoints. It holds `capacity` tokens, refills continuously
 * at ratePerSecond, and a request that finds less than a whole token is refused.
 * @param {{ ratePerSecond: number, capacity: number }} options
 */
function createTokenBucket({ ratePerSecond, capacity }) {
  let tokens = capacity
  let last = performance.now()
  return {
    /** Takes a token; false when none is left. */
    take() {
      const now = performance.now()
      tokens = Math.min(capacity, tokens + ((now - last) / 1000) * ratePerSecond)
      last = now
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}

/** The most of `times` (ms) that fall in one window [t, t + windowMs). */
function densest(times, windowMs) {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++
    most = Math.max(most, end - start + 1)
  }
  return most
}

module.exports = { createTokenBucket, densest }
