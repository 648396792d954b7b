import { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_MODULE } from "../../modules/social"
import SocialModuleService from "../../modules/social/service"
import { PUBLIC_PROFILE_FIELDS } from "../store/profiles/read"
import { authorView } from "./read"

/** Comments by id, in the order given, with their author and (for top-level ones) how many replies they have. */
export async function readComments(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
  const comments = await service.listPostComments({ id: ids }, { select: ["id", "body", "parent_id", "profile_id", "created_at"] })
  const [authors, replies] = await Promise.all([
    service.listProfiles({ id: [...new Set(comments.map((c) => c.profile_id))] }, { select: [...PUBLIC_PROFILE_FIELDS] }),
    service.countReplies(comments.filter((c) => !c.parent_id).map((c) => c.id)),
  ])
  const byId = new Map(comments.map((c) => [c.id, c]))
  return ids.flatMap((id) => {
    const c = byId.get(id)
    if (!c) return []
    const author = authors.find((a) => a.id === c.profile_id)
    return {
      id: c.id,
      body: c.body,
      parent_id: c.parent_id,
      created_at: c.created_at,
      author: author && authorView(author),
      ...(c.parent_id ? {} : { replies_count: replies.get(c.id) ?? 0 }),
    }
  })
}
