import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshTrendingStep } from "./steps/refresh-trending"

/** Recounts recent posts' engagement, rescoring them, and recomputes trending hashtags. */
export const refreshTrendingWorkflow = createWorkflow("refresh-trending", () => new WorkflowResponse(refreshTrendingStep()))
