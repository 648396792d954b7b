import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEXOFFICE_MODULE } from "../../../../modules/lexoffice"
import LexofficeModuleService from "../../../../modules/lexoffice/service"
import { presentSync } from "./present"
import { AdminListLexofficeSyncsType } from "./validators"

/** Invoice and credit note records, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, kind, order_id, limit, offset } = req.validatedQuery as AdminListLexofficeSyncsType
  const lexoffice = req.scope.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)
  const [syncs, count] = await lexoffice.listAndCountLexofficeSyncs(
    { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(order_id ? { order_id } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({ syncs: syncs.map(presentSync), count, offset, limit })
}
