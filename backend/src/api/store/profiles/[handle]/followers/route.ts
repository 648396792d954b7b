import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CursorQueryType } from "../../../../cursor"
import { connections } from "../../connections"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const page = req.validatedQuery as CursorQueryType
  res.json(await connections(req.scope, req.params.handle, "followers", page))
}
