import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LEXOFFICE_MODULE } from "../../../../../modules/lexoffice"
import LexofficeModuleService from "../../../../../modules/lexoffice/service"
import { sendVoucherPdf } from "../../../../pdf"

/** The signed-in customer's invoice of their order, as a PDF. Someone else's order is not found, as one with no invoice yet. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, "Invoice not found")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  const order = data[0]
  if (!order?.customer_id || order.customer_id !== req.auth_context.actor_id) throw notFound
  const lexoffice = req.scope.resolve<LexofficeModuleService>(LEXOFFICE_MODULE)
  const [sync] = await lexoffice.listLexofficeSyncs({ reference: `invoice:${order.id}`, status: "synced" })
  if (!sync?.file_id) throw notFound
  await sendVoucherPdf(req.scope, res, { file_id: sync.file_id, voucher_number: sync.voucher_number })
}
