import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { apportion, Decimal, exactCents, formatCents, fromCents, roundCents, toCents } from "./amounts"
import { LexofficeAddress, LexofficeInvoiceBody, LexofficeLineItem } from "./client"
import { LexofficeOptions } from "./options"

type TaxLines = { rate: number }[] | null

/**
 * An order as the plugin reads it with query.graph: the fields it asks for. Amounts in major units, as
 * Medusa gives them (numbers, strings or BigNumbers; its totals may carry fractions of a cent).
 */
export type LexofficeOrder = {
  id: string
  display_id?: number | string | null
  created_at: string | Date
  currency_code: string
  email?: string | null
  items: {
    title: string
    product_title?: string | null
    variant_title?: string | null
    quantity: BigNumberInput
    /** Gross: after discounts, taxes included (whether or not prices include tax). */
    total: BigNumberInput
    /** Gross. */
    discount_total?: BigNumberInput | null
    tax_lines?: TaxLines
  }[]
  shipping_methods?:
    | {
        name: string
        /** Gross, after discounts. */
        total: BigNumberInput
        discount_total?: BigNumberInput | null
        tax_lines?: TaxLines
      }[]
    | null
  billing_address?: {
    first_name?: string | null
    last_name?: string | null
    company?: string | null
    address_1?: string | null
    city?: string | null
    postal_code?: string | null
    country_code?: string | null
  } | null
}

/** What Lexoffice will compute for an invoice of the order, in EUR (major units); taxes per rate. */
export type LexofficeTotals = {
  totalGrossAmount: number
  totalNetAmount: number
  totalTaxAmount: number
  taxAmounts: { taxRatePercentage: number; grossAmount: number; netAmount: number; taxAmount: number }[]
}

type Line = {
  name: string
  description: string[]
  quantity: number
  rate: number
  /** Gross, exact. */
  exact: Decimal
  /** Gross, whole: set by `priced`. */
  cents: number
}

/**
 * The body of a finalized gross invoice for the order, addressed to the contact when one is given,
 * else to the order's billing address. One line per item and per shipping method, each at the sum of
 * its tax lines' rates (0 without any), and every line at its gross total to the cent, so that
 * Lexoffice's totals are the order's; see `priced` for how fractions of a cent are resolved.
 */
export function invoiceFor(order: LexofficeOrder, options: Pick<LexofficeOptions, "unit_name">, contactId?: string): LexofficeInvoiceBody {
  const currency = euro(order.currency_code, order.id)
  const date = voucherDate(order.created_at)
  return {
    voucherDate: date,
    address: contactId ? { contactId } : billingAddress(order),
    lineItems: priced(lines(order)).map((line): LexofficeLineItem => {
      // A unit price that is not whole cents would round differently in Lexoffice: then one line for all.
      const perUnit = Number.isInteger(line.quantity) && line.quantity > 0 && line.cents % line.quantity === 0
      const description = line.description.join("\n")
      return {
        type: "custom",
        name: perUnit || line.quantity === 1 ? line.name : `${line.quantity} \u00d7 ${line.name}`,
        ...(description ? { description } : {}),
        quantity: perUnit ? line.quantity : 1,
        unitName: options.unit_name,
        unitPrice: { currency, grossAmount: fromCents(perUnit ? line.cents / line.quantity : line.cents), taxRatePercentage: line.rate },
      }
    }),
    totalPrice: { currency },
    taxConditions: { taxType: "gross" },
    shippingConditions: { shippingType: "delivery", shippingDate: date },
    introduction: orderReference(order),
  }
}

/** The totals Lexoffice computes for `invoiceFor(order)`: per rate, net = gross / (1 + rate), rounded. */
export function expectedTotals(order: LexofficeOrder): LexofficeTotals {
  euro(order.currency_code, order.id)
  const byRate = new Map<number, number>()
  for (const line of priced(lines(order))) byRate.set(line.rate, (byRate.get(line.rate) ?? 0) + line.cents)
  const rates = [...byRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, gross]) => {
      const net = roundCents(MathBN.div(MathBN.mult(gross, 100), MathBN.add(100, rate)))
      return { rate, gross, net, tax: gross - net }
    })
  const total = (pick: (r: (typeof rates)[number]) => number) => fromCents(rates.reduce((sum, r) => sum + pick(r), 0))
  return {
    totalGrossAmount: total((r) => r.gross),
    totalNetAmount: total((r) => r.net),
    totalTaxAmount: total((r) => r.tax),
    taxAmounts: rates.map(({ rate, gross, net, tax }) => ({
      taxRatePercentage: rate,
      grossAmount: fromCents(gross),
      netAmount: fromCents(net),
      taxAmount: fromCents(tax),
    })),
  }
}

/** "Order #1042 (order_01J…)": on every voucher of the order, so that it can be found again by it. */
export function orderReference(order: Pick<LexofficeOrder, "id" | "display_id">): string {
  return order.display_id === undefined || order.display_id === null ? `Order ${order.id}` : `Order #${order.display_id} (${order.id})`
}

/** Lexoffice's date format (yyyy-MM-ddTHH:mm:ss.SSSXXX); UTC. */
export function voucherDate(date: string | Date): string {
  const parsed = new Date(date)
  if (Number.isNaN(parsed.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lexoffice: ${String(date)} is not a date`)
  return parsed.toISOString()
}

/** Lexoffice vouchers are in EUR only. */
export function euro(currencyCode: string, orderId: string): "EUR" {
  if (currencyCode.toUpperCase() !== "EUR") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lexoffice: order ${orderId} is in ${currencyCode.toUpperCase()}; Lexoffice vouchers are in EUR only`)
  }
  return "EUR"
}

function lines(order: LexofficeOrder): Line[] {
  const currency = order.currency_code
  const discount = (amount: BigNumberInput | null | undefined) => {
    const cents = amount === undefined || amount === null ? 0 : toCents(amount)
    return cents > 0 ? [`incl. discount ${formatCents(-cents, currency)}`] : []
  }
  const items = (order.items ?? []).map((item): Line => {
    const name = item.title || item.product_title || "Item"
    const variant = item.variant_title && item.variant_title !== name ? [item.variant_title] : []
    return {
      name,
      description: [...variant, ...discount(item.discount_total)],
      quantity: MathBN.convert(item.quantity).toNumber(),
      rate: rateOf(item.tax_lines),
      exact: exactCents(item.total),
      cents: 0,
    }
  })
  const shipping = (order.shipping_methods ?? []).map(
    (method): Line => ({
      name: method.name,
      description: discount(method.discount_total),
      quantity: 1,
      rate: rateOf(method.tax_lines),
      exact: exactCents(method.total),
      cents: 0,
    })
  )
  const all = [...items, ...shipping]
  if (all.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lexoffice: order ${order.id} has no items`)
  return all
}

/**
 * Whole cents for every line, so that the invoice's total is the order's rounded total and each rate's
 * gross its rounded gross: the rates' sums are rounded first (largest remainder), then each rate's sum
 * is shared out among its lines the same way. Totals in whole cents (the usual case) stay as they are.
 */
function priced(all: Line[]): Line[] {
  const rates = [...new Set(all.map((line) => line.rate))]
  const ofRate = rates.map((rate) => all.filter((line) => line.rate === rate))
  const rateCents = apportion(ofRate.map((group) => group.reduce((sum, line) => sum.plus(line.exact), MathBN.convert(0))))
  ofRate.forEach((group, r) => {
    const cents = apportion(
      group.map((line) => line.exact),
      rateCents[r]
    )
    group.forEach((line, i) => (line.cents = cents[i]))
  })
  return all
}

function rateOf(taxLines: TaxLines | undefined): number {
  return (taxLines ?? []).reduce((sum, line) => MathBN.add(sum, line.rate), MathBN.convert(0)).toNumber()
}

function billingAddress(order: LexofficeOrder): LexofficeAddress {
  const address = order.billing_address ?? {}
  const person = [address.first_name, address.last_name].map((part) => part?.trim()).filter(Boolean).join(" ")
  const company = address.company?.trim()
  const name = company || person || order.email?.trim()
  const countryCode = address.country_code?.trim().toUpperCase()
  if (!name || !countryCode) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lexoffice: order ${order.id} has no billing address to invoice; give a contact`)
  }
  const fields = { name, supplement: company && person ? person : undefined, street: address.address_1, zip: address.postal_code, city: address.city, countryCode }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === "string" && value.trim())) as LexofficeAddress
}
