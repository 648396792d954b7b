import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EnsureSync } from "../../modules/lexoffice/service"
import { lexofficeOf } from "./service"

/** The records of the references, created where missing; idempotent, so there is nothing to undo. */
export const ensureSyncsStep = createStep("ensure-lexoffice-sync-records", async (syncs: EnsureSync[], { container }) => {
  const lexoffice = lexofficeOf(container)
  const ensured: Awaited<ReturnType<typeof lexoffice.ensureSync>>[] = []
  for (const sync of syncs) ensured.push(await lexoffice.ensureSync(sync))
  return new StepResponse(ensured)
})
