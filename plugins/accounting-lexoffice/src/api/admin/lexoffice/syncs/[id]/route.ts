import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEXOFFICE_MODULE } from "../../../../../modules/lexoffice"
import LexofficeModuleService from "../../../../../modules/lexoffice/service"
import { presentSync } from "../present"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lexoffice = req.scope.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)
  res.json({ sync: presentSync(await lexoffice.retrieveLexofficeSync(req.params.id)) })
}
