// An order seen as one part per seller, each with its own timeline: placed, paid, shipped, delivered.
// Pure: the order and the product -> seller map come in, plain data goes out.

type DateLike = string | Date | null | undefined

export type TimelineItem = {
  id: string
  product_id?: string | null
  quantity: number
  /** Medusa's per-item progress (`*items.detail`). */
  detail?: { shipped_quantity?: number | null; delivered_quantity?: number | null } | null
}

export type TimelineFulfillment = {
  id: string
  shipped_at?: DateLike
  delivered_at?: DateLike
  canceled_at?: DateLike
  /** Which lines it holds; the Store API may leave this out (see `attribute`). */
  items?: { line_item_id: string }[] | null
  labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
  metadata?: Record<string, unknown> | null
}

export type TimelineOrder<I extends TimelineItem> = {
  created_at: DateLike
  status?: string | null
  payment_status?: string | null
  items?: I[] | null
  fulfillments?: TimelineFulfillment[] | null
  payment_collections?: { payments?: { created_at?: DateLike; captured_at?: DateLike }[] | null }[] | null
}

export type Seller = { id: string; handle: string; name: string }
export type StepKey = "placed" | "paid" | "shipped" | "delivered"
export type StepState = "done" | "partial" | "pending" | "canceled"
export type Tracking = { number: string; url: string | null; carrier: string | null }
/** `at` is an ISO timestamp, when known. */
export type TimelineStep = { key: StepKey; state: StepState; at: string | null; tracking: Tracking[] }
/** `seller` is null for items whose seller is unknown (the platform's own, or a product no longer listed). */
export type SellerTimeline<I> = { seller: Seller | null; items: I[]; steps: TimelineStep[] }

// Medusa's payment statuses once the shopper has paid (authorised or captured), refunds included.
const PAID = ["authorized", "captured", "partially_captured", "partially_refunded", "refunded"]

function iso(value: DateLike): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function earliest(values: DateLike[]): string | null {
  return values.map(iso).filter((value): value is string => value !== null).sort()[0] ?? null
}

function latest(values: DateLike[]): string | null {
  return values.map(iso).filter((value): value is string => value !== null).sort().at(-1) ?? null
}

/** Only web links: a tracking URL comes from a seller and must not become a `javascript:` link. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null
  } catch {
    return null
  }
}

function trackingOf(fulfillments: TimelineFulfillment[]): Tracking[] {
  return fulfillments.flatMap((fulfillment) => {
    const carrier = typeof fulfillment.metadata?.carrier === "string" ? fulfillment.metadata.carrier : null
    return (fulfillment.labels ?? []).flatMap((label) =>
      label.tracking_number ? [{ number: label.tracking_number, url: safeUrl(label.tracking_url), carrier }] : []
    )
  })
}

/**
 * The fulfilments that belong to a seller's part: those holding one of its lines. Without the lines
 * (Medusa 2.21's Store API only returns a fulfilment's own columns), an order with a single part still
 * owns all of them; with several parts the owner is unknown, and the steps fall back to the items' progress.
 */
function attribute(all: TimelineFulfillment[], itemIds: Set<string>, onlyPart: boolean): TimelineFulfillment[] {
  return all.filter((fulfillment) =>
    fulfillment.items?.length ? fulfillment.items.some((item) => itemIds.has(item.line_item_id)) : onlyPart
  )
}

/** A step reached by every unit is done, by some partial; `done` counts per item, capped at its quantity. */
function progress(items: TimelineItem[], done: (item: TimelineItem) => number | null): StepState | null {
  if (items.some((item) => done(item) === null)) return null
  const total = items.reduce((sum, item) => sum + item.quantity, 0)
  const reached = items.reduce((sum, item) => sum + Math.min(done(item) ?? 0, item.quantity), 0)
  if (total > 0 && reached >= total) return "done"
  return reached > 0 ? "partial" : "pending"
}

const shippedOf = (item: TimelineItem) =>
  item.detail ? Math.max(item.detail.shipped_quantity ?? 0, item.detail.delivered_quantity ?? 0) : null
const deliveredOf = (item: TimelineItem) => (item.detail ? (item.detail.delivered_quantity ?? 0) : null)

function paidStep<I extends TimelineItem>(order: TimelineOrder<I>): TimelineStep {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const status = order.payment_status ?? ""
  const state: StepState = PAID.includes(status) ? "done" : status === "partially_authorized" ? "partial" : "pending"
  // A payment row exists from its authorisation on, so its creation is when the shopper paid.
  const at = state === "pending" ? null : earliest(payments.map((payment) => payment.created_at ?? payment.captured_at))
  return { key: "paid", state, at, tracking: [] }
}

/** Groups the order's items by seller (known sellers by name, unknown last) and builds each part's timeline. */
export function sellerTimelines<I extends TimelineItem>(
  order: TimelineOrder<I>,
  sellerOf: Map<string, Seller>
): SellerTimeline<I>[] {
  const groups = new Map<string, { seller: Seller | null; items: I[] }>()
  for (const item of order.items ?? []) {
    const seller = (item.product_id && sellerOf.get(item.product_id)) || null
    const key = seller?.id ?? ""
    const group = groups.get(key) ?? { seller, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  const parts = [...groups.values()].sort((a, b) => {
    if (!a.seller || !b.seller) return a.seller ? -1 : b.seller ? 1 : 0
    return a.seller.name.localeCompare(b.seller.name) || a.seller.id.localeCompare(b.seller.id)
  })

  const canceled = order.status === "canceled"
  const placed: TimelineStep = { key: "placed", state: "done", at: iso(order.created_at), tracking: [] }
  const paid = paidStep(order)
  const live = (order.fulfillments ?? []).filter((fulfillment) => !fulfillment.canceled_at)

  return parts.map(({ seller, items }) => {
    const own = attribute(live, new Set(items.map((item) => item.id)), parts.length === 1)
    const shipped = own.filter((fulfillment) => iso(fulfillment.shipped_at))
    const delivered = own.filter((fulfillment) => iso(fulfillment.delivered_at))
    // The items' quantities decide the state; without them, any of the part's fulfilments does.
    const shippedState = progress(items, shippedOf) ?? (shipped.length ? "done" : "pending")
    const deliveredState = progress(items, deliveredOf) ?? (delivered.length ? "done" : "pending")
    const steps: TimelineStep[] = [
      placed,
      paid,
      {
        key: "shipped",
        state: shippedState,
        at: shippedState === "pending" ? null : latest(shipped.map((fulfillment) => fulfillment.shipped_at)),
        tracking: shippedState === "pending" ? [] : trackingOf(shipped),
      },
      {
        key: "delivered",
        state: deliveredState,
        at: deliveredState === "pending" ? null : latest(delivered.map((fulfillment) => fulfillment.delivered_at)),
        tracking: [],
      },
    ]
    // A canceled order's open steps will not happen.
    const close = (step: TimelineStep): TimelineStep =>
      canceled && step.state !== "done" ? { ...step, state: "canceled" } : step
    return { seller, items, steps: steps.map(close) }
  })
}

export type OrderProgress =
  | "processing"
  | "partiallyShipped"
  | "shipped"
  | "partiallyDelivered"
  | "delivered"
  | "canceled"

/** One word for an order in the list, from Medusa's order and fulfilment statuses. */
export function orderProgress(order: { status?: string | null; fulfillment_status?: string | null }): OrderProgress {
  if (order.status === "canceled" || order.fulfillment_status === "canceled") return "canceled"
  switch (order.fulfillment_status) {
    case "partially_shipped":
      return "partiallyShipped"
    case "shipped":
      return "shipped"
    case "partially_delivered":
      return "partiallyDelivered"
    case "delivered":
      return "delivered"
    default:
      return "processing"
  }
}
