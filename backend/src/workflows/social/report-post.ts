import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { REPORT_REASONS } from "../../modules/social/models/post-report"
import { Actor, authorProfile } from "./author-profile"
import { postInStatusStep } from "./steps/post-access"
import { reportPostStep } from "./steps/report"

/** The actor reports a published post to the operators; reporting it again returns the open report. */
export const reportPostWorkflow = createWorkflow(
  "report-post",
  (input: { actor: Actor; post_id: string; reason: (typeof REPORT_REASONS)[number]; note?: string | null }) => {
    postInStatusStep({ post_id: input.post_id, status: ["published"] })
    const own = authorProfile(input.actor)
    const report = reportPostStep(
      transform({ input, own }, ({ input, own }) => ({
        post_id: input.post_id,
        profile_id: own.profile.id,
        reason: input.reason,
        note: input.note,
      }))
    )
    when({ report }, ({ report }) => report.created).then(() => {
      emitEventStep({
        eventName: SocialEvents.REPORT_CREATED,
        data: transform({ input, report }, ({ input, report }) => ({ id: report.id, post_id: input.post_id })),
      }).config({ name: "emit-report-created" })
    })
    return new WorkflowResponse(report)
  }
)
