"use server"

import { refresh } from "next/cache"

import { formLocale } from "@/lib/forms/state"
import { formText, formValues, parseForm, refusal, type WorkspaceState } from "@/lib/workspace/form"
import {
  fulfilmentIdSchema,
  fulfilmentSchema,
  linesToFulfil,
  orderIdSchema,
  readFulfilment,
  trackingSchema,
} from "@/lib/workspace/fulfilment"
import { TRACKING_FIELDS } from "@/lib/workspace/names"
import type { VendorOrder } from "@/lib/workspace/types"

import { vendorFetch } from "./vendor"
import { asSeller } from "./vendor-products"

/** The order and, for the parcel forms, the fulfilment a form is about; null when either id is malformed. */
function target(form: FormData, { fulfilment = false } = {}): { order: string; fulfilment: string } | null {
  const order = orderIdSchema.safeParse(formText(form, "order_id"))
  const parcel = fulfilmentIdSchema.safeParse(formText(form, "fulfillment_id"))
  if (!order.success || (fulfilment && !parcel.success)) return null
  return { order: order.data, fulfilment: parcel.success ? parcel.data : "" }
}

/** Form action: puts the quantities chosen of the seller's lines into a new fulfilment (a parcel). */
export async function createFulfilment(_state: WorkspaceState, form: FormData): Promise<WorkspaceState> {
  const locale = formLocale(form)
  const values = formValues(form)
  const ids = target(form)
  if (!ids) return { status: "failed", message: "notFound", values }
  const path = `/vendor/orders/${ids.order}`
  const read = await asSeller(locale, "reading an order", () => vendorFetch<{ order: VendorOrder }>(path))
  if (!read.ok) return refusal(read.status, read.message, values)
  const lines = linesToFulfil(read.value.order.items)
  const input = readFulfilment(
    form,
    lines.map(({ line }) => line.id)
  )
  const parsed = parseForm(fulfilmentSchema(lines), input)
  if (!parsed.ok) return { status: "invalid", message: "invalid", fieldErrors: parsed.fieldErrors, values }
  if (!parsed.data.length) return { status: "invalid", message: "nothingToFulfil", values }
  const created = await asSeller(locale, "creating a fulfilment", () =>
    vendorFetch(`${path}/fulfillments`, { method: "POST", body: { items: parsed.data } })
  )
  if (!created.ok) return refusal(created.status, created.message, values)
  refresh()
  return { status: "saved", message: "fulfilled" }
}

/** Form action: ships a parcel with its carrier and tracking number. */
export async function addTracking(_state: WorkspaceState, form: FormData): Promise<WorkspaceState> {
  const locale = formLocale(form)
  const values = formValues(form)
  const ids = target(form, { fulfilment: true })
  if (!ids) return { status: "failed", message: "notFound", values }
  const input = Object.fromEntries(TRACKING_FIELDS.map((field) => [field, formText(form, field)]))
  const parsed = parseForm(trackingSchema, input)
  if (!parsed.ok) return { status: "invalid", message: "invalid", fieldErrors: parsed.fieldErrors, values }
  const shipped = await asSeller(locale, "adding tracking", () =>
    vendorFetch(`/vendor/orders/${ids.order}/fulfillments/${ids.fulfilment}/shipments`, {
      method: "POST",
      body: parsed.data,
    })
  )
  if (!shipped.ok) return refusal(shipped.status, shipped.message, values)
  refresh()
  return { status: "saved", message: "shipped" }
}

/** Form action: marks a shipped parcel as delivered. */
export async function markDelivered(_state: WorkspaceState, form: FormData): Promise<WorkspaceState> {
  const locale = formLocale(form)
  const ids = target(form, { fulfilment: true })
  if (!ids) return { status: "failed", message: "notFound" }
  const delivered = await asSeller(locale, "marking a parcel delivered", () =>
    vendorFetch(`/vendor/orders/${ids.order}/fulfillments/${ids.fulfilment}/mark-as-delivered`, {
      method: "POST",
      body: {},
    })
  )
  if (!delivered.ok) return refusal(delivered.status, delivered.message)
  refresh()
  return { status: "saved", message: "delivered" }
}
