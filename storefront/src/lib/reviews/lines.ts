// Which of an order's lines the customer can review, and which they already have, for the order page.

export type ReviewableLine = { id: string; detail?: { delivered_quantity?: number | null } | null }
/** The customer's own review of a line, as far as the order page needs it. */
export type LineReview = { id: string; line_item_id: string; rating: number; editable_until: string }

export type LineState =
  /** Not delivered yet: nothing to review. */
  | { kind: "none" }
  | { kind: "write" }
  | { kind: "reviewed"; review: LineReview; editable: boolean }

/**
 * A line can be reviewed once some of it is delivered and none of the customer's reviews is about it; a reviewed
 * line shows its review, editable until the backend's `editable_until`.
 */
export function lineState(line: ReviewableLine, reviews: LineReview[], now: Date): LineState {
  const review = reviews.find((candidate) => candidate.line_item_id === line.id)
  if (review) return { kind: "reviewed", review, editable: now.getTime() < Date.parse(review.editable_until) }
  return (line.detail?.delivered_quantity ?? 0) > 0 ? { kind: "write" } : { kind: "none" }
}
