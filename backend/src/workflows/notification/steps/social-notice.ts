import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toLocale } from "../../../notifications"
import { links } from "../links"
import { Notice } from "../notice"

export type SocialNoticeInput =
  | { type: "new_follower"; follower_id: string; followed_id: string }
  | { type: "post_liked"; post_id: string; profile_id: string }
  | { type: "post_commented"; comment_id: string; post_id: string; profile_id: string }

type ProfileRow = {
  id: string
  handle: string
  display_name: string
  customer?: { id: string; email: string; metadata: Record<string, unknown> | null } | null
  seller?: { id: string; email: string; locale: string | null } | null
}
type PostRow = { id: string; caption: string | null; profile_id: string }
const PROFILE_FIELDS = ["id", "handle", "display_name", "customer.id", "customer.email", "customer.metadata", "seller.id", "seller.email", "seller.locale"]

/**
 * The notice for the profile on the receiving end of a follow, like or comment: a customer gets an e-mail and
 * an in-app notification, a seller's shop an e-mail. Nobody is told about their own like or comment.
 */
export const socialNoticeStep = createStep("social-notice", async (input: SocialNoticeInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const profile = async (id: string) =>
    (await query.graph({ entity: "profile", fields: PROFILE_FIELDS, filters: { id } })).data[0] as ProfileRow | undefined

  let post: PostRow | undefined
  let recipientId: string
  let actorId: string
  if (input.type === "new_follower") {
    recipientId = input.followed_id
    actorId = input.follower_id
  } else {
    post = (await query.graph({ entity: "post", fields: ["id", "caption", "profile_id"], filters: { id: input.post_id } })).data[0] as PostRow | undefined
    if (!post) return new StepResponse<Notice[]>([])
    recipientId = post.profile_id
    actorId = input.profile_id
  }
  if (recipientId === actorId) return new StepResponse<Notice[]>([])
  const [recipient, actor] = await Promise.all([profile(recipientId), profile(actorId)])
  const email = recipient?.customer?.email ?? recipient?.seller?.email
  if (!recipient || !actor || !email) return new StepResponse<Notice[]>([])
  const locale = toLocale(recipient.customer ? recipient.customer.metadata?.locale : recipient.seller?.locale)
  const who = { name: actor.display_name, handle: actor.handle, url: links.profile(locale, actor.handle) }
  const about = post && { url: links.post(locale, post.id), caption: post.caption ?? "" }

  let data: Record<string, unknown>
  let key: string
  let resource = { id: actor.id as string, type: "profile" }
  switch (input.type) {
    case "new_follower":
      data = { follower: who }
      key = `new_follower:${actorId}:${recipientId}`
      break
    case "post_liked":
      data = { actor: who, post: about }
      key = `post_liked:${post!.id}:${actorId}`
      resource = { id: post!.id, type: "post" }
      break
    case "post_commented": {
      const { data: comments } = await query.graph({ entity: "post_comment", fields: ["id", "body"], filters: { id: input.comment_id } })
      if (!comments[0]) return new StepResponse<Notice[]>([])
      data = { actor: who, post: about, comment: { body: (comments[0] as { body: string }).body } }
      key = `post_commented:${input.comment_id}`
      resource = { id: post!.id, type: "post" }
    }
  }
  const notice: Notice = { type: input.type, locale, email, recipient_id: recipient.customer?.id ?? null, data, key, resource }
  return new StepResponse([notice])
})
