import type { Access } from 'payload'

import { env } from '../env'
import { safeEqual } from '../utilities/safeEqual'

export const previewHeader = 'x-agora-preview'

// Logged-in users and the storefront in draft mode (which sends PREVIEW_SECRET in a header) see
// drafts; everyone else only published documents.
export const publishedOrPreview: Access = ({ req: { headers, user } }) => {
  if (user) return true
  const secret = env.previewSecret
  const sent = headers?.get(previewHeader)
  if (secret && sent && safeEqual(sent, secret)) return true
  return { _status: { equals: 'published' } }
}
