import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { revalidate } from './revalidate'

type Live = TypeWithID & { slug?: string | null; _status?: string | null }

// The row the storefront sees. With drafts, the collection's own table holds the published document
// while a draft save only adds a version; `originalDoc` and `previousDoc` are the latest version,
// which may be such a draft, so they cannot tell whether the storefront showed the document.
const findLive = (req: PayloadRequest, collection: 'pages' | 'articles', id: number | string) =>
  req.payload.db.findOne<Live>({ collection, req, where: { id: { equals: id } } })

const contextKey = (collection: 'pages' | 'articles', id: number | string) => `revalidate:${collection}:${id}`

// Revalidation for a collection with drafts whose documents the storefront shows under
// `cms-<kind>-<slug>` and lists under `cms-<kind>s`: on publish, unpublish and delete of a published
// document, never on a draft save, which the storefront does not show.
export function revalidateDoc(kind: 'page' | 'article') {
  const collection = kind === 'page' ? 'pages' : 'articles'
  const tagsOf = (slug: string) => [`cms-${kind}-${slug}`, `cms-${kind}s`]

  // Remember the published row before the update changes it: its slug may be about to change.
  const beforeChange: CollectionBeforeChangeHook = async ({ context, data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id && !context.disableRevalidate) {
      context[contextKey(collection, originalDoc.id)] = await findLive(req, collection, originalDoc.id)
    }
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ context, doc, req }) => {
    if (context.disableRevalidate) return doc
    const key = contextKey(collection, doc.id)
    const before = context[key] as Live | null | undefined
    delete context[key]
    const publishedSlug = before?._status === 'published' ? before.slug : undefined
    if (doc._status === 'published') {
      const tags = tagsOf(doc.slug)
      if (publishedSlug && publishedSlug !== doc.slug) tags.push(`cms-${kind}-${publishedSlug}`)
      await revalidate(req, tags)
    } else if (publishedSlug) {
      // A draft saved over a published document leaves the row published; an unpublish does not.
      const live = await findLive(req, collection, doc.id)
      if (live?._status !== 'published') await revalidate(req, tagsOf(publishedSlug))
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ context, doc, req }) => {
    if (!context.disableRevalidate && doc._status === 'published') await revalidate(req, tagsOf(doc.slug))
    return doc
  }

  return { beforeChange, afterChange, afterDelete }
}
