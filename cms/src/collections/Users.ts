import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { authenticated } from '../access/authenticated'
import { isAdmin } from '../access/isAdmin'
import { isAdminField } from '../access/isAdminField'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'

// Accounts of the CMS. Admins manage accounts and the site settings; editors edit content and their
// own account. The first account is created through the admin's first-register screen (or the seed)
// and becomes an admin.
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: authenticated,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  admin: {
    defaultColumns: ['name', 'email', 'role'],
    useAsTitle: 'email',
  },
  auth: true,
  fields: [
    {
      name: 'name',
      type: 'text',
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      // In the token, so access checks need no database read.
      saveToJWT: true,
      // Without this an editor could make themselves an admin.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
}
