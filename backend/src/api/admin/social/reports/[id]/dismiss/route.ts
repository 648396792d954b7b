import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dismissReportWorkflow } from "../../../../../../workflows/social"

/** Dismisses an open report; the post stays as it is. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await dismissReportWorkflow(req.scope).run({ input: { report_id: req.params.id } })
  res.json({ report: { id: req.params.id, status: "dismissed" } })
}
