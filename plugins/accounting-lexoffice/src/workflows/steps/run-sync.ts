import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { syncCreditNoteWorkflow } from "../sync-credit-note"
import { syncInvoiceWorkflow } from "../sync-invoice"
import { lexofficeOf, LexofficeSyncRecord } from "./service"

export type RunSyncResult = { sync: LexofficeSyncRecord; error: string | null }

/**
 * Runs the record's workflow (invoice or credit note) on its own, so that its failure is an outcome
 * here, not this workflow's failure: what failed is recorded by the next step.
 */
export const runSyncStep = createStep("attempt-lexoffice-sync", async (id: string, { container }) => {
  const { kind } = await lexofficeOf(container).retrieveLexofficeSync(id)
  const workflow = kind === "invoice" ? syncInvoiceWorkflow : syncCreditNoteWorkflow
  const { result, errors } = await workflow(container).run({ input: { sync_id: id }, throwOnError: false })
  if (!errors?.length) return new StepResponse<RunSyncResult>({ sync: result as LexofficeSyncRecord, error: null })
  const sync = await lexofficeOf(container).retrieveLexofficeSync(id)
  return new StepResponse<RunSyncResult>({ sync, error: messageOf(errors[0].error) })
})

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && message ? message : String(error)
}
