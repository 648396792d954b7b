import { MedusaResponse } from "@medusajs/framework/http"
import { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** A voucher's PDF from Medusa's file module, as a download named after its number. */
export async function sendVoucherPdf(scope: MedusaContainer, res: MedusaResponse, sync: { file_id: string; voucher_number: string | null }) {
  const pdf = await scope.resolve<IFileModuleService>(Modules.FILE).getAsBuffer(sync.file_id)
  const name = (sync.voucher_number ?? "voucher").replace(/[^A-Za-z0-9._-]/g, "_")
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `attachment; filename="${name}.pdf"`)
  res.setHeader("cache-control", "private, no-store")
  res.send(pdf)
}
