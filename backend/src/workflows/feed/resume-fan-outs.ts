import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resumeFanOutsStep } from "./steps/fan-out"

/** Carries on fan-outs that stopped moving for `stalled_seconds` (their process died) from their last batch. */
export const resumeFanOutsWorkflow = createWorkflow("resume-fan-outs", (input: { stalled_seconds: number }) => {
  return new WorkflowResponse(resumeFanOutsStep(input))
})
