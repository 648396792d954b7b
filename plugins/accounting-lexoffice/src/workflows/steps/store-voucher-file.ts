import { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SyncKind } from "../../modules/lexoffice/service"
import { lexofficeOf } from "./service"

/** The voucher's number and its PDF, kept (private) in Medusa's file module; a failed run deletes the file again. */
export const storeVoucherFileStep = createStep(
  "store-lexoffice-voucher-file",
  async ({ kind, voucher_id }: { kind: SyncKind; voucher_id: string }, { container }) => {
    const { client } = lexofficeOf(container)
    const voucher = kind === "invoice" ? await client.invoice(voucher_id) : await client.creditNote(voucher_id)
    const pdf = kind === "invoice" ? await client.invoiceFile(voucher_id) : await client.creditNoteFile(voucher_id)
    const voucherNumber = voucher.voucherNumber ?? voucher_id
    const file = await container.resolve<IFileModuleService>(Modules.FILE).createFiles({
      filename: `${voucherNumber}.pdf`,
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    })
    return new StepResponse({ file_id: file.id, voucher_number: voucherNumber }, file.id)
  },
  async (fileId, { container }) => {
    if (!fileId) return
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(fileId)
  }
)
