import type { FieldAccess } from 'payload'

export const isAdminField: FieldAccess = ({ req: { user } }) => user?.role === 'admin'
