import { ProductStatus } from "@medusajs/framework/utils"

type Current = { status: string; title: string; description?: string | null; images?: ({ url: string } | null)[] | null }
type Update = { title?: string; description?: string | null; images?: { url: string }[] }

/**
 * Whether an edit sends the product back to review: a published or rejected product whose title,
 * description or images change. Drafts and products already in review are not re-queued.
 */
export function needsReview(current: Current, update: Update): boolean {
  if (current.status !== ProductStatus.PUBLISHED && current.status !== ProductStatus.REJECTED) return false
  const urls = (images?: ({ url: string } | null)[] | null) => (images ?? []).map((i) => i?.url).join("\n")
  return (
    (update.title !== undefined && update.title !== current.title) ||
    (update.description !== undefined && (update.description ?? null) !== (current.description ?? null)) ||
    (update.images !== undefined && urls(update.images) !== urls(current.images))
  )
}
