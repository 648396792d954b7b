import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publicProfile } from "../read"

/** Anyone's profile by handle; a signed-in customer also learns whether it follows it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id
  let viewer: string | undefined
  if (customerId) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["profile.id"],
      filters: { id: customerId },
    })
    viewer = (data[0] as { profile?: { id: string } } | undefined)?.profile?.id
  }
  res.json({ profile: await publicProfile(req.scope, req.params.handle, viewer) })
}
