import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LexofficeEvents } from "../modules/lexoffice/events"
import { recordFailureStep } from "./steps/record-failure"
import { runSyncStep } from "./steps/run-sync"
import { LexofficeSyncRecord } from "./steps/service"

/**
 * One attempt at a record: its invoice or credit note workflow; a failure is counted on the record
 * (with a backoff, or `dead` after `max_attempts`, which emits `lexoffice.sync.dead`). A synced invoice emits
 * `lexoffice.invoice.synced`.
 */
export const runSyncWorkflow = createWorkflow("run-lexoffice-sync", (input: { sync_id: string }) => {
  const run = runSyncStep(input.sync_id)
  const failed = when("lexoffice-sync-failed", { run }, ({ run }) => run.error !== null).then(() =>
    recordFailureStep(transform({ input, run }, ({ input, run }) => ({ id: input.sync_id, error: run.error! })))
  )
  when("lexoffice-sync-dead", { failed }, ({ failed }) => failed?.status === "dead").then(() => {
    emitEventStep({
      eventName: LexofficeEvents.SYNC_DEAD,
      data: transform({ failed }, ({ failed }) => ({ id: failed!.id, order_id: failed!.order_id, kind: failed!.kind })),
    })
  })
  // Announced on every successful invoice attempt; replays of an already synced record skip the work and
  // announce again, so subscribers key on the order.
  when("lexoffice-invoice-synced", { run }, ({ run }) => run.error === null && run.sync.kind === "invoice" && run.sync.status === "synced").then(() => {
    emitEventStep({
      eventName: LexofficeEvents.INVOICE_SYNCED,
      data: transform({ run }, ({ run }) => ({ id: run.sync.id, order_id: run.sync.order_id })),
    }).config({ name: "emit-lexoffice-invoice-synced" })
  })
  return new WorkflowResponse(transform({ run, failed }, ({ run, failed }) => failed ?? run.sync))
})

/**
 * Runs `runSyncWorkflow` for subscribers, jobs and routes: never throws (a failure is on the record,
 * and logged); resolves to the record as the attempt left it, null if the attempt could not run.
 */
export async function runSync(container: MedusaContainer, syncId: string): Promise<LexofficeSyncRecord | null> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await runSyncWorkflow(container).run({ input: { sync_id: syncId } })
    if (result.status === "failed" || result.status === "dead") {
      const what = result.kind === "invoice" ? `the invoice of order ${result.order_id}` : `the credit note of refund ${result.refund_id}`
      logger.warn(`Lexoffice: ${what} failed (attempt ${result.attempts}, ${result.status}): ${result.last_error}`)
    }
    return result
  } catch (error) {
    logger.error(`Lexoffice: sync ${syncId} could not run: ${(error as Error).message}`)
    return null
  }
}
