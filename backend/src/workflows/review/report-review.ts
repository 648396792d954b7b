import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../modules/review"
import { ReviewEvents } from "../../modules/review/events"
import { REVIEW_REPORT_REASONS } from "../../modules/review/models/review-report"
import ReviewModuleService from "../../modules/review/service"
import { reportReviewStep } from "./steps/report"

const publishedReviewStep = createStep("published-review", async (input: { review_id: string }, { container }) => {
  const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id: input.review_id, status: "published" }, { select: ["id"] })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.review_id} was not found`)
  return new StepResponse(review.id)
})

/** A customer reports a published review to the operators; reporting it again returns the open report. */
export const reportReviewWorkflow = createWorkflow(
  "report-review",
  (input: { review_id: string; customer_id: string; reason: (typeof REVIEW_REPORT_REASONS)[number]; note?: string | null }) => {
    publishedReviewStep(input)
    const report = reportReviewStep(input)
    when({ report }, ({ report }) => report.created).then(() => {
      emitEventStep({
        eventName: ReviewEvents.REPORT_CREATED,
        data: transform({ input, report }, ({ input, report }) => ({ id: report.id, review_id: input.review_id })),
      }).config({ name: "emit-review-report-created" })
    })
    return new WorkflowResponse(report)
  }
)
