import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { revalidateTags } from '../hooks/revalidateTags'
import { slugField } from '../utilities/slug'

// Articles show their categories' titles, so a renamed category revalidates the articles too.
const revalidation = revalidateTags(['cms-categories', 'cms-articles'])

export const Categories: CollectionConfig = {
  slug: 'categories',
  access: {
    create: authenticated,
    read: anyone,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    defaultColumns: ['title', 'slug'],
    group: 'Blog',
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
    },
    slugField('e.g. guides'),
  ],
  hooks: {
    afterChange: [revalidation.afterChange],
    afterDelete: [revalidation.afterDelete],
  },
}
