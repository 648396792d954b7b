import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { isSelf } from '../access/isSelf'

// Editors of the CMS. The first account is created through the admin's first-register screen
// (or the seed); after that only a logged-in user can add accounts.
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: authenticated,
    create: authenticated,
    read: authenticated,
    update: isSelf,
    delete: isSelf,
  },
  admin: {
    defaultColumns: ['name', 'email'],
    useAsTitle: 'email',
  },
  auth: true,
  fields: [
    {
      name: 'name',
      type: 'text',
    },
  ],
}
