"use strict"

// Orders are created in minor units while Viva reports every transaction and event in major units.
// Currencies are ISO 4217 numeric codes; those not listed have two decimals.
const CURRENCIES = {
  "978": { alpha: "EUR", exponent: 2 },
  "826": { alpha: "GBP", exponent: 2 },
  "840": { alpha: "USD", exponent: 2 },
  "946": { alpha: "RON", exponent: 2 },
  "985": { alpha: "PLN", exponent: 2 },
  "203": { alpha: "CZK", exponent: 2 },
  "348": { alpha: "HUF", exponent: 2 },
  "975": { alpha: "BGN", exponent: 2 },
  "752": { alpha: "SEK", exponent: 2 },
  "208": { alpha: "DKK", exponent: 2 },
  "578": { alpha: "NOK", exponent: 2 },
  "756": { alpha: "CHF", exponent: 2 },
  "392": { alpha: "JPY", exponent: 0 },
  "352": { alpha: "ISK", exponent: 0 },
  "414": { alpha: "KWD", exponent: 3 },
  "048": { alpha: "BHD", exponent: 3 },
  "400": { alpha: "JOD", exponent: 3 },
  "788": { alpha: "TND", exponent: 3 },
}

/** @param {string} currencyCode ISO 4217 numeric, e.g. "978" */
function exponent(currencyCode) {
  return CURRENCIES[currencyCode]?.exponent ?? 2
}

/**
 * Division is correctly rounded, so 1999 / 100 is exactly the number the literal 19.99 parses to.
 * @param {number} minor integer amount in minor units
 * @param {string} currencyCode
 */
function toMajor(minor, currencyCode) {
  return minor / 10 ** exponent(currencyCode)
}

/** "12.50 EUR", for the hosted checkout page. */
function formatAmount(minor, currencyCode) {
  const digits = exponent(currencyCode)
  const alpha = CURRENCIES[currencyCode]?.alpha ?? currencyCode
  return `${toMajor(minor, currencyCode).toFixed(digits)} ${alpha}`
}

module.exports = { toMajor, formatAmount }
