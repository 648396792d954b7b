import type { Access } from 'payload'

// A user may change or delete only their own account.
export const isSelf: Access = ({ req: { user } }) => (user ? { id: { equals: user.id } } : false)
