import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCommentWorkflow } from "../../../../../../workflows/social"
import { customerActor } from "../../../../../social/viewer"

/** The comment's author or the post's author deletes a comment, with its replies. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeCommentWorkflow(req.scope).run({
    input: { actor: customerActor(req), post_id: req.params.id, comment_id: req.params.cid },
  })
  res.json({ id: req.params.cid, object: "comment", deleted: true })
}
