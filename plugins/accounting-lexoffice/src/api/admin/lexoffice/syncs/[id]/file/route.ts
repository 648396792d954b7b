import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LEXOFFICE_MODULE } from "../../../../../../modules/lexoffice"
import LexofficeModuleService from "../../../../../../modules/lexoffice/service"
import { sendVoucherPdf } from "../../../../../pdf"

/** The record's voucher PDF; 404 until the record is synced. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lexoffice = req.scope.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)
  const sync = await lexoffice.retrieveLexofficeSync(req.params.id)
  if (sync.status !== "synced" || !sync.file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Voucher file not found")
  await sendVoucherPdf(req.scope, res, { file_id: sync.file_id, voucher_number: sync.voucher_number })
}
