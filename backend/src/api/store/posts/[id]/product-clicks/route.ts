import { createHash } from "node:crypto"
import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordProductClickWorkflow } from "../../../../../workflows/feed"
import { ProductClickType } from "../../../../feed/validators"
import { storeViewer } from "../../../../social/viewer"

// Clicks a viewer may record per window; more get 429 with Retry-After.
const CLICKS_PER_WINDOW = 30
const WINDOW_SECONDS = 60

/** Records a click on a product tagged in the post, for ranking and analytics. */
export async function POST(req: AuthenticatedMedusaRequest<ProductClickType>, res: MedusaResponse) {
  const { profile_id } = await storeViewer(req)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  // Guests are told apart by a hash of their address, which is not stored itself.
  const viewer = profile_id ?? (customerId ? `customer:${customerId}` : `ip:${createHash("sha256").update(req.ip ?? "").digest("hex").slice(0, 32)}`)

  const { result } = await recordProductClickWorkflow(req.scope).run({
    input: {
      post_id: req.params.id,
      product_id: req.validatedBody.product_id,
      viewer,
      profile_id,
      limit: { clicks: CLICKS_PER_WINDOW, seconds: WINDOW_SECONDS },
    },
  })
  if (!result.recorded) {
    res.setHeader("Retry-After", String(result.retry_after))
    res.status(429).json({ type: "not_allowed", message: `Too many product clicks; try again in ${result.retry_after} s` })
    return
  }
  res.status(201).json({ click: { id: result.id, post_id: result.post_id, product_id: result.product_id } })
}
