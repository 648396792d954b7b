import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { publishedOrPreview } from '../access/publishedOrPreview'
import { revalidateDoc } from '../hooks/revalidateDoc'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { metaField } from '../utilities/meta'
import { previewAdmin } from '../utilities/preview'
import { slugField } from '../utilities/slug'

const revalidation = revalidateDoc('article')

// The blog, listed newest first at /<locale>/blog.
export const Articles: CollectionConfig = {
  slug: 'articles',
  access: {
    create: authenticated,
    read: publishedOrPreview,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    ...previewAdmin('articles'),
    defaultColumns: ['title', 'slug', 'publishedAt', '_status'],
    group: 'Blog',
    useAsTitle: 'title',
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
    },
    slugField('The article address, e.g. summer-guide for /blog/summer-guide.'),
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two sentences for the blog list and link previews.' },
    },
    {
      name: 'content',
      type: 'richText',
      required: true,
      localized: true,
    },
    {
      name: 'author',
      type: 'text',
      required: true,
      admin: { position: 'sidebar', description: 'The byline.' },
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', description: 'Set to the time of the first publish when left empty.' },
    },
    metaField(),
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
