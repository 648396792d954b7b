import type { CollectionBeforeChangeHook } from 'payload'

// A published document always has a publication date: publishing without one sets it to now.
// (On update, `data` already carries the stored date for fields the request left out.)
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data
