import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf } from "./service"

export const loadSyncStep = createStep("load-lexoffice-sync", async (id: string, { container }) => {
  return new StepResponse(await lexofficeOf(container).retrieveLexofficeSync(id))
})
