import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEXOFFICE_MODULE } from "../../../../../../modules/lexoffice"
import LexofficeModuleService from "../../../../../../modules/lexoffice/service"
import { retrySyncWorkflow, runSync } from "../../../../../../workflows"
import { presentSync } from "../../present"

/** Runs a failed or dead record again now, from no attempts; answers it as the attempt left it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lexoffice = req.scope.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)
  const { id } = await lexoffice.retrieveLexofficeSync(req.params.id)
  await retrySyncWorkflow(req.scope).run({ input: { sync_id: id } })
  await runSync(req.scope, id)
  res.json({ sync: presentSync(await lexoffice.retrieveLexofficeSync(id)) })
}
