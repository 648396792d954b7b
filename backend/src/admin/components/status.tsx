import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../lib/format"

type Color = "green" | "red" | "orange" | "blue" | "grey"

// Seller, payout, moderation, sub-order fulfilment, post and report statuses: green is done, orange waits on someone, red is stopped.
const colors: Record<string, Color> = {
  approved: "green",
  published: "green",
  resolved: "green",
  paid: "green",
  delivered: "green",
  pending: "orange",
  proposed: "orange",
  not_fulfilled: "orange",
  open: "orange",
  processing: "blue",
  partially_fulfilled: "blue",
  fulfilled: "blue",
  partially_shipped: "blue",
  shipped: "blue",
  partially_delivered: "blue",
  rejected: "red",
  suspended: "red",
  failed: "red",
  hidden: "red",
  canceled: "grey",
  dismissed: "grey",
  deleted: "grey",
}

export function Status({ value }: { value: string }) {
  return <StatusBadge color={colors[value] ?? "grey"}>{humanize(value)}</StatusBadge>
}
