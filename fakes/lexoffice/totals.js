"use strict"

// Lexoffice takes and answers amounts as JSON numbers in major units. Here they become integers (unit prices
// and quantities × 10^4, percentages and money × 10^2) so that no sum or rounding goes through binary fractions.

/** The integer value × 10^digits, or null when value is not a number with at most `digits` decimals. */
function scaled(value, digits) {
  if (typeof value !== "number" || !Number.isFinite(value)) return null
  const units = Math.round(value * 10 ** digits)
  // Division is correctly rounded, so units / 10^digits is exactly the double the decimal literal parses to.
  return Number.isSafeInteger(units) && units / 10 ** digits === value ? units : null
}

/**
 * n / d (d > 0) rounded half away from zero, the commercial rounding of invoices.
 * @param {bigint} n
 * @param {bigint} d
 */
function roundDiv(n, d) {
  const quotient = n / d
  const remainder = n % d
  if (2n * (remainder < 0n ? -remainder : remainder) < d) return quotient
  return quotient + (n < 0n ? -1n : 1n)
}

/**
 * The unit price in the other terms, with 4 decimals: the net price for a gross one and vice versa.
 * @param {number} price ×10^4
 * @param {number} rate tax rate percentage ×10^2
 * @param {boolean} gross whether price is gross
 */
function counterpart(price, rate, gross) {
  const factor = BigInt(10_000 + rate)
  return Number(gross ? roundDiv(BigInt(price) * 10_000n, factor) : roundDiv(BigInt(price) * factor, 10_000n))
}

/**
 * A voucher's totals, in cents. Each line's amount (lineItemAmount) is its unit price × quantity less its
 * discount, rounded to the cent; the total discount then reduces every line amount (again rounded to the cent)
 * before the amounts are summed per tax rate. Gross vouchers derive each rate's net from its gross sum, net
 * vouchers each rate's tax from its net sum, both rounded to the cent once per rate.
 * @param {Array<{ price: number, quantity: number, discount: number, rate: number }>} lines
 *   price and quantity ×10^4, discount and rate (percentages) ×10^2
 * @param {{ gross: boolean, totalDiscount: number }} options totalDiscount: percentage ×10^2
 */
function voucherTotals(lines, { gross, totalDiscount }) {
  /** @type {Map<number, bigint>} rate -> sum of the discounted line amounts */
  const byRate = new Map()
  let discountAbsolute = 0n
  const amounts = lines.map(({ price, quantity, discount, rate }) => {
    const amount = roundDiv(BigInt(price) * BigInt(quantity) * BigInt(10_000 - discount), 10n ** 10n)
    const discounted = roundDiv(amount * BigInt(10_000 - totalDiscount), 10_000n)
    discountAbsolute += amount - discounted
    byRate.set(rate, (byRate.get(rate) ?? 0n) + discounted)
    return Number(amount)
  })
  const taxAmounts = [...byRate]
    .sort(([a], [b]) => b - a)
    .map(([rate, sum]) => {
      const net = gross ? roundDiv(sum * 10_000n, BigInt(10_000 + rate)) : sum
      const tax = gross ? sum - net : roundDiv(sum * BigInt(rate), 10_000n)
      return { rate, net: Number(net), tax: Number(tax) }
    })
  const net = taxAmounts.reduce((total, entry) => total + entry.net, 0)
  const tax = taxAmounts.reduce((total, entry) => total + entry.tax, 0)
  return { amounts, taxAmounts, net, tax, gross: net + tax, discountAbsolute: Number(discountAbsolute) }
}

module.exports = { scaled, counterpart, voucherTotals }
