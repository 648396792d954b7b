import type { LedgerLine, Payout } from "@/lib/data/seller-reads"
import type { FulfillmentStatus, ProductStatus } from "@/lib/workspace/types"

type Tone = "done" | "waiting" | "problem" | "neutral"

type Statuses = {
  product: ProductStatus
  order: FulfillmentStatus
  payout: Payout["status"]
  line: LedgerLine["status"]
}

const TONES: { [K in keyof Statuses]: Record<Statuses[K], Tone> } = {
  product: { published: "done", proposed: "waiting", rejected: "problem", draft: "neutral" },
  order: {
    not_fulfilled: "waiting",
    partially_fulfilled: "waiting",
    fulfilled: "neutral",
    partially_shipped: "neutral",
    shipped: "neutral",
    partially_delivered: "neutral",
    delivered: "done",
    canceled: "problem",
  },
  payout: { pending: "neutral", processing: "waiting", paid: "done", failed: "problem" },
  line: { pending: "neutral", payable: "waiting", paid: "done" },
}

type Props<K extends keyof Statuses> = { kind: K; status: Statuses[K]; t: Record<Statuses[K], string> }

/** A product's, order's, payout's or ledger line's status as a badge; the word says it, the colour repeats it. */
export default function StatusBadge<K extends keyof Statuses>({ kind, status, t }: Props<K>) {
  const tones: Record<Statuses[K], Tone> = TONES[kind]
  return <span className={`status-badge status-badge--${tones[status] ?? "neutral"}`}>{t[status] ?? status}</span>
}
