import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import { REPORT_REASONS } from "../../../modules/social/models/post-report"
import SocialModuleService from "../../../modules/social/service"

type ReportInput = { post_id: string; profile_id: string; reason: (typeof REPORT_REASONS)[number]; note?: string | null }

/** Files a report once per profile and post; the compensation removes a report it filed. */
export const reportPostStep = createStep(
  "report-post",
  async (input: ReportInput, { container }) => {
    const result = await container.resolve<SocialModuleService>(SOCIAL_MODULE).report(input)
    return new StepResponse(result, result.created ? result.id : null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SocialModuleService>(SOCIAL_MODULE).deletePostReports(id)
  }
)

/**
 * Closes open reports with a status: all of a post's (when it is hidden) or one (when dismissed).
 * The compensation reopens the reports it closed.
 */
export const closeReportsStep = createStep(
  "close-reports",
  async ({ filter, status }: { filter: { post_id: string } | { id: string }; status: "resolved" | "dismissed" }, { container }) => {
    const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
    const open = await service.listPostReports({ ...filter, status: "open" }, { select: ["id"] })
    if ("id" in filter && !open.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Open report with id: ${filter.id} was not found`)
    }
    const ids = open.map((r) => r.id)
    if (ids.length) await service.updatePostReports({ selector: { id: ids }, data: { status } })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<SocialModuleService>(SOCIAL_MODULE).updatePostReports({ selector: { id: ids }, data: { status: "open" } })
  }
)
