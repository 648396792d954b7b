import type { Access } from 'payload'

// Admins reach every account, editors only their own.
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
