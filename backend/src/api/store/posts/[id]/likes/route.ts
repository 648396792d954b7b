import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_MODULE } from "../../../../../modules/social"
import SocialModuleService from "../../../../../modules/social/service"
import { setLikeWorkflow } from "../../../../../workflows/social"
import { customerActor } from "../../../../social/viewer"

async function setLike(req: AuthenticatedMedusaRequest, res: MedusaResponse, like: boolean) {
  const { result } = await setLikeWorkflow(req.scope).run({ input: { actor: customerActor(req), post_id: req.params.id, like } })
  const post = await req.scope.resolve<SocialModuleService>(SOCIAL_MODULE).retrievePost(req.params.id, { select: ["id", "likes_count"] })
  res.json({ post: { id: post.id, likes_count: post.likes_count, liked_by_me: like }, changed: result.changed })
}

/** Likes the post; liking it again changes nothing. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setLike(req, res, true)
}

/** Takes the like back; doing it again changes nothing. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setLike(req, res, false)
}
