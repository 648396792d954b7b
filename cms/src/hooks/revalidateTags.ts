import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { revalidate } from './revalidate'

// For collections without drafts: every change or deletion is live at once.
export function revalidateTags(tags: string[]) {
  const afterChange: CollectionAfterChangeHook = async ({ context, doc, req }) => {
    if (!context.disableRevalidate) await revalidate(req, tags)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ context, doc, req }) => {
    if (!context.disableRevalidate) await revalidate(req, tags)
    return doc
  }
  return { afterChange, afterDelete }
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ context, doc, global, req }) => {
  if (!context.disableRevalidate) await revalidate(req, [`cms-global-${global.slug}`])
  return doc
}
