import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { revalidateGlobal } from '../hooks/revalidateTags'
import { metaField } from '../utilities/meta'

// Site-wide values only an admin changes.
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  access: {
    read: anyone,
    update: isAdmin,
  },
  admin: { group: 'Settings' },
  fields: [
    {
      name: 'siteName',
      type: 'text',
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
    },
    metaField('defaultMeta', 'Default SEO'),
    {
      name: 'blogPageSize',
      type: 'number',
      defaultValue: 9,
      min: 1,
      max: 48,
      admin: { step: 1, description: 'Articles per page of the blog list.' },
    },
  ],
  hooks: {
    afterChange: [revalidateGlobal],
  },
}
