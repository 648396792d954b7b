import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import { REVIEW_REPORT_REASONS } from "../../../modules/review/models/review-report"
import ReviewModuleService from "../../../modules/review/service"

type ReportInput = { review_id: string; customer_id: string; reason: (typeof REVIEW_REPORT_REASONS)[number]; note?: string | null }

/** Files a report once per customer and review; the compensation removes a report it filed. */
export const reportReviewStep = createStep(
  "report-review",
  async (input: ReportInput, { container }) => {
    const result = await container.resolve<ReviewModuleService>(REVIEW_MODULE).report(input)
    return new StepResponse(result, result.created ? result.id : null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteReviewReports(id)
  }
)
