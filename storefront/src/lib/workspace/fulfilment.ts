// A sub-order's lines and parcels: what is left to fulfil, each parcel's stage, and the fulfilment forms.
import { z } from "zod"

import { id, isHttpUrl, optional, required } from "./fields"
import { formText } from "./form"
import { quantityField } from "./names"
import type { VendorFulfillment, VendorOrderItem } from "./types"

type Line = Pick<VendorOrderItem, "id" | "quantity" | "detail">

/** How many of a line are not in a fulfilment yet. */
export function quantityLeft(line: Line): number {
  const ordered = Number(line.detail?.quantity ?? line.quantity)
  return Math.max(0, ordered - Number(line.detail?.fulfilled_quantity ?? 0))
}

/** The lines with something left to fulfil, each with how much. */
export function linesToFulfil<T extends Line>(lines: T[]): { line: T; left: number }[] {
  return lines.flatMap((line) => {
    const left = quantityLeft(line)
    return left > 0 ? [{ line, left }] : []
  })
}

/** The number of pieces ordered across the lines. */
export function pieceCount(lines: Pick<VendorOrderItem, "quantity">[]): number {
  return lines.reduce((sum, line) => sum + Number(line.quantity), 0)
}

export type FulfilmentStage = "packed" | "shipped" | "delivered"

/** Where a parcel is: packed (waiting for its tracking), shipped, or delivered. */
export function fulfilmentStage(fulfilment: Pick<VendorFulfillment, "shipped_at" | "delivered_at">): FulfilmentStage {
  if (fulfilment.delivered_at) return "delivered"
  return fulfilment.shipped_at ? "shipped" : "packed"
}

/** A line's name in the forms and lists: its title, and the variant when the product has several. */
export function lineName(line: Pick<VendorOrderItem, "title" | "variant_title">): string {
  const variant = line.variant_title?.trim()
  return variant && variant !== line.title ? `${line.title} (${variant})` : line.title
}

/**
 * The "Fulfil items" form: a whole quantity per line, at most what is left of it; an empty field counts as 0.
 * The result is the body's `items`, the lines with a quantity above 0 (empty when nothing was chosen).
 */
export function fulfilmentSchema(lines: { line: { id: string }; left: number }[]) {
  const quantity = (left: number) =>
    z
      .string()
      .trim()
      .transform((text) => text || "0")
      .pipe(z.string().regex(/^\d{1,7}$/, "wholeNumber"))
      .transform(Number)
      .refine((value) => value <= left, "quantityTooHigh")
  return z
    .strictObject({
      quantity: z.strictObject(Object.fromEntries(lines.map(({ line, left }) => [line.id, quantity(left)]))),
    })
    .transform(({ quantity: chosen }) =>
      Object.entries(chosen).flatMap(([lineId, amount]) => (amount > 0 ? [{ id: lineId, quantity: amount }] : []))
    )
}

/** The "Fulfil items" form's fields for the lines given, as the schema above reads them. */
export function readFulfilment(form: FormData, lineIds: string[]): { quantity: Record<string, string> } {
  return { quantity: Object.fromEntries(lineIds.map((lineId) => [lineId, formText(form, quantityField(lineId))])) }
}

/** A parcel's tracking: the body of the shipments route (docs/API.md); the URL is optional. */
export const trackingSchema = z
  .strictObject({
    carrier: required(60),
    tracking_number: required(100),
    tracking_url: optional(2000).refine((url) => url === "" || isHttpUrl(url), "url"),
  })
  .transform(({ tracking_url, ...tracking }) => ({ ...tracking, ...(tracking_url ? { tracking_url } : {}) }))

export const orderIdSchema = id("order")
export const fulfilmentIdSchema = id("ful")
