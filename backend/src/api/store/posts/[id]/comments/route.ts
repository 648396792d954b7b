import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_MODULE } from "../../../../../modules/social"
import SocialModuleService from "../../../../../modules/social/service"
import { addCommentWorkflow } from "../../../../../workflows/social"
import { encodeCursor, pageOf } from "../../../../cursor"
import { readComments } from "../../../../social/comments"
import { AddCommentType, CommentListQueryType } from "../../../../social/validators"
import { customerActor } from "../../../../social/viewer"

/** A published post's comments newest first, or with `parent_id` one comment's replies: `{ comments, next_cursor }`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as CommentListQueryType
  const service: SocialModuleService = req.scope.resolve(SOCIAL_MODULE)
  const [post] = await service.listPosts({ id: req.params.id, status: "published" }, { select: ["id"] })
  if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Post with id: ${req.params.id} was not found`)
  const page = await service.pageComments(post.id, query.parent_id ?? null, pageOf(query))
  res.json({ comments: await readComments(req.scope, page.ids), next_cursor: encodeCursor(page.next) })
}

/** Comments on the post, or replies to one of its comments with `parent_id`. */
export async function POST(req: AuthenticatedMedusaRequest<AddCommentType>, res: MedusaResponse) {
  const { result } = await addCommentWorkflow(req.scope).run({
    input: { actor: customerActor(req), post_id: req.params.id, ...req.validatedBody },
  })
  const [comment] = await readComments(req.scope, [result.id])
  res.status(201).json({ comment })
}
