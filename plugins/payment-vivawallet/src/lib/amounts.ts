import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

type Currency = { alpha: string; numeric: string; exponent: number }

// ISO 4217: the currencies of the countries Viva serves, plus the 0- and 3-decimal ones that keep the
// conversions honest. Viva speaks the numeric codes; Medusa the alphabetic ones.
const CURRENCIES: Currency[] = [
  ["EUR", "978", 2],
  ["GBP", "826", 2],
  ["USD", "840", 2],
  ["RON", "946", 2],
  ["PLN", "985", 2],
  ["CZK", "203", 2],
  ["HUF", "348", 2],
  ["BGN", "975", 2],
  ["SEK", "752", 2],
  ["DKK", "208", 2],
  ["NOK", "578", 2],
  ["CHF", "756", 2],
  ["ISK", "352", 0],
  ["JPY", "392", 0],
  ["KWD", "414", 3],
  ["BHD", "048", 3],
  ["JOD", "400", 3],
  ["TND", "788", 3],
].map(([alpha, numeric, exponent]) => ({ alpha, numeric, exponent }) as Currency)

const byAlpha = new Map(CURRENCIES.map((c) => [c.alpha, c]))
const byNumeric = new Map(CURRENCIES.map((c) => [c.numeric, c]))

function currency(alpha: string): Currency {
  const found = byAlpha.get(alpha.toUpperCase())
  if (!found) throw invalid(`Viva Wallet: unsupported currency "${alpha}"`)
  return found
}

/** The ISO 4217 numeric code Viva uses: "eur" → "978". */
export function numericCurrency(alpha: string): string {
  return currency(alpha).numeric
}

/** The lowercase alphabetic code Medusa uses: "978" → "eur". */
export function alphaCurrency(numeric: string | number): string {
  const found = byNumeric.get(String(numeric).padStart(3, "0"))
  if (!found) throw invalid(`Viva Wallet: unsupported currency "${numeric}"`)
  return found.alpha.toLowerCase()
}

/**
 * An amount in major units (Medusa's, and Viva's in transactions and events) as the integer number of
 * minor units Viva orders take: 19.99 EUR → 1999, 1000 JPY → 1000, 1.234 KWD → 1234. Decimal math, so
 * no float error; an amount finer than the currency's smallest unit throws rather than being rounded.
 */
export function toMinorUnits(amount: BigNumberInput, currencyCode: string): number {
  const { alpha, exponent } = currency(currencyCode)
  const major = MathBN.convert(amount)
  if (!major.isFinite()) throw invalid(`Viva Wallet: ${String(amount)} ${alpha} is not an amount`)
  const minor = major.shiftedBy(exponent)
  if (!minor.isInteger()) {
    throw invalid(`Viva Wallet: ${major.toFixed()} ${alpha} has more than ${exponent} decimals`)
  }
  if (minor.abs().gt(Number.MAX_SAFE_INTEGER)) throw invalid(`Viva Wallet: ${major.toFixed()} ${alpha} is too large`)
  return minor.toNumber()
}

/** Integer minor units back to major units: 1999 EUR → 19.99. */
export function fromMinorUnits(minor: number, currencyCode: string): number {
  const { alpha, exponent } = currency(currencyCode)
  if (!Number.isSafeInteger(minor)) throw invalid(`Viva Wallet: ${minor} ${alpha} minor units is not an integer`)
  return MathBN.convert(minor).shiftedBy(-exponent).toNumber()
}

// A MedusaError, so that Medusa's API answers 400 with the reason instead of an unknown error.
function invalid(message: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
