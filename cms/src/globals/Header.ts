import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { link } from '../fields/link'
import { revalidateGlobal } from '../hooks/revalidateTags'

export const Header: GlobalConfig = {
  slug: 'header',
  access: {
    read: anyone,
    update: authenticated,
  },
  admin: { group: 'Layout' },
  fields: [
    {
      name: 'navItems',
      label: 'Navigation',
      type: 'array',
      maxRows: 8,
      fields: [link()],
    },
  ],
  hooks: {
    afterChange: [revalidateGlobal],
  },
}
