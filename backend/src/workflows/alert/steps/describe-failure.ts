import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Alert } from "../../../lib/alerts"

export const LEXOFFICE_SYNC_DEAD = "lexoffice.sync.dead"
export const VIVAWALLET_WEBHOOK_FAILED = "vivawallet.webhook.failed"

export type FailureEvent =
  | { name: typeof LEXOFFICE_SYNC_DEAD; data: { id: string; order_id: string; kind: "invoice" | "credit_note" } }
  | { name: typeof VIVAWALLET_WEBHOOK_FAILED; data: { id: string; event_type_id: number } }

/**
 * The alert for a plugin's critical failure, one key per record or message. The payload carries ids only; a dead
 * sync's record says how often it was tried and why it failed (the alert goes out without that if the read fails).
 */
export const describeFailureStep = createStep("describe-failure", async (event: FailureEvent, { container }) => {
  if (event.name === VIVAWALLET_WEBHOOK_FAILED) {
    const { id, event_type_id } = event.data
    return new StepResponse<Alert>({
      key: `${VIVAWALLET_WEBHOOK_FAILED}:${id}`,
      source: "Viva Wallet",
      title: `webhook message ${id} (event ${event_type_id}) failed (the error is in the backend log); Viva delivers it again within the hour`,
    })
  }
  const { id, order_id, kind } = event.data
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query
    .graph({ entity: "lexoffice_sync", fields: ["attempts", "last_error"], filters: { id } })
    .catch(() => ({ data: [] as { attempts?: number; last_error?: string | null }[] }))
  const record = data[0] as { attempts?: number; last_error?: string | null } | undefined
  const attempts = record?.attempts ? ` after ${record.attempts} attempts` : ""
  return new StepResponse<Alert>({
    key: `${LEXOFFICE_SYNC_DEAD}:${id}`,
    source: "Lexoffice",
    title: `${kind === "credit_note" ? "credit note" : "invoice"} sync ${id} for order ${order_id} is dead${attempts}`,
    detail: record?.last_error ?? undefined,
  })
})
