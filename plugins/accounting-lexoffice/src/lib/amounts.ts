import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

// Lexoffice vouchers are in EUR only, so every amount here is in cents: integers, no float error.

/** An exact decimal (bignumber.js, as Medusa's MathBN uses). */
export type Decimal = ReturnType<typeof MathBN.convert>

// bignumber.js rounding modes.
const HALF_UP = 4 // half away from zero
const FLOOR = 3

/** An amount Medusa gives (number, string, BigNumber) as an exact decimal in cents; may have a fraction. */
export function exactCents(amount: BigNumberInput): Decimal {
  const value = MathBN.convert(amount)
  if (!value.isFinite()) throw new Error(`Lexoffice: ${String(amount)} is not an amount`)
  return value.shiftedBy(2)
}

/**
 * An amount in whole cents, half away from zero. Medusa's totals may carry fractions of a cent (tax is
 * computed without rounding), an invoice cannot.
 */
export function toCents(amount: BigNumberInput): number {
  return roundCents(exactCents(amount))
}

/** Exact cents rounded to whole ones, half away from zero. */
export function roundCents(cents: Decimal): number {
  return cents.decimalPlaces(0, HALF_UP).toNumber()
}

/** Cents as the major-unit number Lexoffice's JSON takes: 1999 → 19.99 (division by 100 rounds correctly). */
export function fromCents(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new Error(`Lexoffice: ${cents} cents is not an integer`)
  return cents / 100
}

/**
 * Whole cents for each of `amounts` (exact, in cents) that add up to `total` cents: each is rounded down,
 * and the cents missing go to the largest fractions (largest remainder), so no part moves by a cent or
 * more. `total` defaults to the rounded exact sum.
 */
export function apportion(amounts: Decimal[], total?: number): number[] {
  const sum = amounts.reduce((a, b) => a.plus(b), MathBN.convert(0))
  const target = total ?? roundCents(sum)
  const floors = amounts.map((a) => a.integerValue(FLOOR).toNumber())
  let missing = target - floors.reduce((a, b) => a + b, 0)
  if (missing < 0 || missing > amounts.length) {
    throw new Error(`Lexoffice: cannot apportion ${sum.toFixed()} cents as ${target}`)
  }
  const byFraction = amounts
    .map((a, index) => ({ index, fraction: a.minus(floors[index]) }))
    .sort((a, b) => b.fraction.comparedTo(a.fraction) || a.index - b.index)
  for (const { index } of byFraction) {
    if (missing === 0) break
    floors[index] += 1
    missing -= 1
  }
  return floors
}

/** "−2.00 EUR" (a true minus sign) for the texts on a voucher; language neutral. */
export function formatCents(cents: number, currency: string): string {
  const sign = cents < 0 ? "\u2212" : ""
  return `${sign}${(Math.abs(cents) / 100).toFixed(2)} ${currency.toUpperCase()}`
}
