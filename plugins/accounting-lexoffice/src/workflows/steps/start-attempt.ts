import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf } from "./service"

/**
 * Notes when the first attempt began, before anything is created at Lexoffice: reconciliation looks
 * for vouchers created since then. Not undone when the attempt fails, since what it created stays.
 */
export const startAttemptStep = createStep("start-lexoffice-attempt", async (id: string, { container }) => {
  const lexoffice = lexofficeOf(container)
  const sync = await lexoffice.retrieveLexofficeSync(id)
  if (sync.first_attempt_at) return new StepResponse(sync)
  return new StepResponse(await lexoffice.updateLexofficeSyncs({ id, first_attempt_at: new Date() }))
})
