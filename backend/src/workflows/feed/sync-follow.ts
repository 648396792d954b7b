import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncFollowStep } from "./steps/sync-follow"

/** A follow backfills the follower's timeline with the followed profile's recent posts; an unfollow takes them out. */
export const syncFollowWorkflow = createWorkflow(
  "sync-follow-timeline",
  (input: { follower_id: string; followed_id: string; follow: boolean }) => new WorkflowResponse(syncFollowStep(input))
)
