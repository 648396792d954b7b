import type { GroupField } from 'payload'

// Search-engine and link-preview texts; the storefront falls back to the site settings' defaults.
export const metaField = (name = 'meta', label = 'SEO'): GroupField => ({
  name,
  label,
  type: 'group',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
    },
  ],
})
