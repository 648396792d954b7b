import type { CollectionConfig } from 'payload'

import { env } from '../env'

// The storefront path of a document: `/<locale>` for the home page, `/<locale>/<slug>` for other
// pages, `/<locale>/blog/<slug>` for articles.
export function storefrontPath(collection: 'pages' | 'articles', slug: string, locale: string): string {
  if (collection === 'articles') return `/${locale}/blog/${slug}`
  return slug === 'home' ? `/${locale}` : `/${locale}/${slug}`
}

// The storefront's draft-mode entry, which checks the secret and redirects to `path`. Without
// PREVIEW_SECRET, or before the document has a slug, there is nothing to preview.
export function previewUrl(collection: 'pages' | 'articles', slug: unknown, locale: string): null | string {
  const secret = env.previewSecret
  if (!secret || typeof slug !== 'string' || !slug) return null
  // `/` may stay unescaped in a query, which keeps the path readable.
  const path = encodeURIComponent(storefrontPath(collection, slug, locale)).replaceAll('%2F', '/')
  return `${env.storefrontUrl}/api/preview?secret=${encodeURIComponent(secret)}&path=${path}`
}

// The admin's "Preview" button and its live-preview pane, both opening the storefront in draft mode.
export function previewAdmin(collection: 'pages' | 'articles'): CollectionConfig['admin'] {
  return {
    livePreview: { url: ({ data, locale }) => previewUrl(collection, data.slug, locale.code) },
    preview: (doc, { locale }) => previewUrl(collection, doc.slug, locale),
  }
}
