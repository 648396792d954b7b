import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSellerWorkflow } from "../../../../workflows/seller"
import { adminSeller } from "../read"
import { AdminUpdateSellerType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ seller: await adminSeller(req.scope, req.params.id) })
}

/** Operators set a seller's commission override (null returns it to the platform default). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSellerType>, res: MedusaResponse) {
  await updateSellerWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ seller: await adminSeller(req.scope, req.params.id) })
}
