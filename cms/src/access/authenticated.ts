import type { AccessArgs } from 'payload'

// Returns a plain boolean so it also fits `access.admin`, which takes no query constraints.
export const authenticated = ({ req: { user } }: AccessArgs): boolean => Boolean(user)
