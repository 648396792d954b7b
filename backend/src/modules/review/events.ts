/** Events of the review module; payloads carry ids only (docs/EVENTS.md). */
export const ReviewEvents = {
  REVIEW_CREATED: "review.review.created",
  REVIEW_UPDATED: "review.review.updated",
  REVIEW_DELETED: "review.review.deleted",
  REVIEW_HIDDEN: "review.review.hidden",
  REVIEW_RESTORED: "review.review.restored",
  REPLY_CREATED: "review.reply.created",
  REPORT_CREATED: "review.report.created",
} as const
