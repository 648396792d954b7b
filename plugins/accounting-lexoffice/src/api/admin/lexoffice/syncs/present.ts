import { LexofficeSyncRecord } from "../../../../workflows/steps/service"

const APP = "https://app.lexware.de/permalink"

/** A record as the admin API answers it: with the voucher's page in Lexoffice's app (null before it exists). */
export function presentSync(sync: LexofficeSyncRecord) {
  const page = sync.kind === "invoice" ? "invoices" : "credit-notes"
  return { ...sync, lexoffice_url: sync.voucher_id ? `${APP}/${page}/view/${encodeURIComponent(sync.voucher_id)}` : null }
}
