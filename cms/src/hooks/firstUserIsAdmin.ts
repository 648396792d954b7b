import type { CollectionBeforeChangeHook } from 'payload'

// The first account (the admin's first-register screen or the seed) has nobody who could make it an
// admin later, so it becomes one. Its role field is otherwise not writable without being an admin.
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
