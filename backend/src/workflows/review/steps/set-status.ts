import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"

type Status = "published" | "hidden"

/**
 * Hides or restores a review and recomputes the ratings it feeds (a hidden review counts nowhere);
 * hiding closes its open reports. The compensation puts back the status, reason and reports.
 */
export const setReviewStatusStep = createStep(
  "set-review-status",
  async (input: { id: string; status: Status; reason?: string | null }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await service.listReviews({ id: input.id }, { select: ["id", "status", "hidden_reason", "product_id", "seller_id"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.id} was not found`)
    await service.updateReviews({ id: input.id, status: input.status, hidden_reason: input.status === "hidden" ? (input.reason ?? null) : null })
    const open = input.status === "hidden" ? await service.listReviewReports({ review_id: input.id, status: "open" }, { select: ["id"] }) : []
    if (open.length) await service.updateReviewReports({ selector: { id: open.map((r) => r.id) }, data: { status: "resolved" } })
    await service.refreshRatings(review)
    const undo = { review: { id: review.id, status: review.status as Status, hidden_reason: review.hidden_reason }, reports: open.map((r) => r.id), subject: review }
    return new StepResponse({ changed: review.status !== input.status, product_id: review.product_id }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    await service.updateReviews(undo.review)
    if (undo.reports.length) await service.updateReviewReports({ selector: { id: undo.reports }, data: { status: "open" } })
    await service.refreshRatings(undo.subject)
  }
)
