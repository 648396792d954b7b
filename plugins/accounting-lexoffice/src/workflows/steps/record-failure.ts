import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf } from "./service"

/** Counts the failed attempt (failed with a backoff, or dead); a record of what happened, never undone. */
export const recordFailureStep = createStep("record-lexoffice-failure", async ({ id, error }: { id: string; error: string }, { container }) => {
  const lexoffice = lexofficeOf(container)
  return new StepResponse(await lexoffice.recordFailure(id, error, lexoffice.options.max_attempts))
})
