import type { ArrayFieldValidation, GlobalConfig } from 'payload'
import { array } from 'payload/shared'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { revalidateGlobal } from '../hooks/revalidateTags'

// The banner stores one choice per key, so a key may appear only once.
const validateCategories: ArrayFieldValidation = (value, options) => {
  const rows = (options.siblingData as { categories?: { key?: string }[] } | undefined)?.categories
  if (Array.isArray(rows)) {
    const keys = rows.map((row) => row.key)
    if (new Set(keys).size !== keys.length) return 'Each category key may appear only once.'
  }
  return array(value, options)
}

export const CookieConsent: GlobalConfig = {
  slug: 'cookie-consent',
  label: 'Cookie consent',
  access: {
    read: anyone,
    update: authenticated,
  },
  admin: { group: 'Layout' },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
    },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'acceptAllLabel', type: 'text', localized: true },
        { name: 'rejectAllLabel', type: 'text', localized: true },
        { name: 'saveLabel', type: 'text', localized: true },
      ],
    },
    {
      name: 'categories',
      type: 'array',
      validate: validateCategories,
      fields: [
        {
          name: 'key',
          type: 'select',
          required: true,
          options: [
            { label: 'Necessary', value: 'necessary' },
            { label: 'Analytics', value: 'analytics' },
            { label: 'Marketing', value: 'marketing' },
          ],
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
        },
        {
          name: 'required',
          type: 'checkbox',
          admin: { description: 'Always on; visitors cannot switch it off. Necessary cookies always are.' },
          // Strictly necessary cookies need no consent and cannot be refused.
          hooks: {
            beforeValidate: [({ siblingData, value }) => (siblingData?.key === 'necessary' ? true : Boolean(value))],
          },
        },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateGlobal],
  },
}
