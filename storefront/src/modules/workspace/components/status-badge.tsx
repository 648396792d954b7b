import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import type { FulfillmentStatus, ProductStatus } from "@/lib/workspace/types"

type Tone = "done" | "waiting" | "problem" | "neutral"

const PRODUCT_TONES: Record<ProductStatus, Tone> = {
  published: "done",
  proposed: "waiting",
  rejected: "problem",
  draft: "neutral",
}

const ORDER_TONES: Record<FulfillmentStatus, Tone> = {
  not_fulfilled: "waiting",
  partially_fulfilled: "waiting",
  fulfilled: "neutral",
  partially_shipped: "neutral",
  shipped: "neutral",
  partially_delivered: "neutral",
  delivered: "done",
  canceled: "problem",
}

type Props =
  | { kind: "product"; status: ProductStatus; t: WorkspaceMessages["productStatus"] }
  | { kind: "order"; status: FulfillmentStatus; t: WorkspaceMessages["orderStatus"] }

/** A status as a badge; the word carries the meaning, the colour only repeats it. */
export default function StatusBadge(props: Props) {
  const tone = props.kind === "product" ? PRODUCT_TONES[props.status] : ORDER_TONES[props.status]
  const label = props.kind === "product" ? props.t[props.status] : props.t[props.status]
  return <span className={`status-badge status-badge--${tone ?? "neutral"}`}>{label ?? props.status}</span>
}
