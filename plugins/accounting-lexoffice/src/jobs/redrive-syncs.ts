import { MedusaContainer } from "@medusajs/framework/types"
import { LEXOFFICE_MODULE } from "../modules/lexoffice"
import LexofficeModuleService from "../modules/lexoffice/service"
import { runSync } from "../workflows"

// At 2 requests/s and a handful of requests per voucher, about what one minute takes.
const BATCH = 50

/** Every minute: the records whose next attempt is due, one after the other (they share Lexoffice's rate limit). */
export default async function redriveLexofficeSyncs(container: MedusaContainer) {
  const due = await container.resolve<LexofficeModuleService>(LEXOFFICE_MODULE).due(BATCH)
  for (const sync of due) await runSync(container, sync.id)
}

export const config = { name: "redrive-lexoffice-syncs", schedule: "* * * * *" }
