import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { publishedOrPreview } from '../access/publishedOrPreview'
import { blocks } from '../blocks'
import { revalidateDoc } from '../hooks/revalidateDoc'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { metaField } from '../utilities/meta'
import { previewAdmin } from '../utilities/preview'
import { slugField } from '../utilities/slug'

const revalidation = revalidateDoc('page')

export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    create: authenticated,
    read: publishedOrPreview,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    ...previewAdmin('pages'),
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
    },
    slugField('The page address, e.g. about for /about. The page "home" is the home page.'),
    {
      name: 'layout',
      type: 'blocks',
      blocks,
      minRows: 0,
    },
    metaField(),
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [setPublishedAt, revalidation.beforeChange],
    afterChange: [revalidation.afterChange],
    afterDelete: [revalidation.afterDelete],
  },
  versions: {
    drafts: {
      autosave: { interval: 375 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
}
