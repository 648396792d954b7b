import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Engagement, recordEngagementStep } from "./steps/engagement"

/** A like or comment rescores the post, reheats its hashtags and feeds the profile's for-you interests. */
export const recordEngagementWorkflow = createWorkflow(
  "record-feed-engagement",
  (input: { post_id: string; profile_id?: string | null; kind: Engagement }) => new WorkflowResponse(recordEngagementStep(input))
)
