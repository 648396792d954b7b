import type { AccessArgs } from 'payload'

// A plain boolean, so it also fits global and field access.
export const isAdmin = ({ req: { user } }: AccessArgs): boolean => user?.role === 'admin'
