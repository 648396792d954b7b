import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEXOFFICE_MODULE } from "../modules/lexoffice"
import LexofficeModuleService from "../modules/lexoffice/service"
import { refreshPaymentWorkflow } from "../workflows"

const DAY_MS = 24 * 60 * 60 * 1000
// Invoices older than this are not watched any more.
const WATCH_DAYS = 180
// 30 minutes at 2 requests/s is 3600 requests; leave most of them to the syncs.
const BATCH = 500

/**
 * Every 30 minutes: the payment state of invoices not yet paid, for what webhooks missed (a delivery
 * that failed for good, a subscription Lexoffice deleted, a void, which sends no payment event).
 */
export default async function pollLexofficePayments(container: MedusaContainer) {
  const lexoffice = container.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const open = await lexoffice.listLexofficeSyncs(
    {
      kind: "invoice",
      status: "synced",
      created_at: { $gte: new Date(Date.now() - WATCH_DAYS * DAY_MS) },
      $or: [{ payment_status: null }, { payment_status: { $ne: "balanced" } }],
    },
    { take: BATCH, order: { updated_at: "ASC" } }
  )
  for (const sync of open) {
    try {
      await refreshPaymentWorkflow(container).run({ input: { voucher_id: sync.voucher_id! } })
    } catch (error) {
      logger.warn(`Lexoffice: payment of invoice ${sync.voucher_number} not refreshed: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "poll-lexoffice-payments", schedule: "*/30 * * * *" }
