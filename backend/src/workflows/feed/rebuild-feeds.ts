import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildFeedsStep } from "./steps/rebuild-feeds"

/** Derives all feeds from the social data again (first start on existing data, or a repair). */
export const rebuildFeedsWorkflow = createWorkflow("rebuild-feeds", () => new WorkflowResponse(rebuildFeedsStep()))
