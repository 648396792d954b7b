import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRACE_SECONDS } from "../../modules/lexoffice/service"
import { lexofficeOf } from "./service"

/** A failed or dead record back to pending with no attempts, for an operator's retry. */
export const resetSyncStep = createStep(
  "reset-lexoffice-sync",
  async (id: string, { container }) => {
    const lexoffice = lexofficeOf(container)
    const sync = await lexoffice.retrieveLexofficeSync(id)
    if (sync.status !== "failed" && sync.status !== "dead") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only failed or dead syncs can be retried; this one is ${sync.status}`)
    }
    const previous = { id, status: sync.status, attempts: sync.attempts, last_error: sync.last_error, next_attempt_at: sync.next_attempt_at }
    const reset = await lexoffice.updateLexofficeSyncs({
      id,
      status: "pending",
      attempts: 0,
      last_error: null,
      next_attempt_at: new Date(Date.now() + GRACE_SECONDS * 1000),
    })
    return new StepResponse(reset, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await lexofficeOf(container).updateLexofficeSyncs(previous)
  }
)
