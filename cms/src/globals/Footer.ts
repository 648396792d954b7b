import type { GlobalConfig, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { link } from '../fields/link'
import { revalidateGlobal } from '../hooks/revalidateTags'

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

const validateHttps: TextFieldSingleValidation = (value, options) => {
  if (value && !isHttps(value)) return 'Enter the full profile address, starting with https://.'
  return text(value, options)
}

export const Footer: GlobalConfig = {
  slug: 'footer',
  access: {
    read: anyone,
    update: authenticated,
  },
  admin: { group: 'Layout' },
  fields: [
    {
      name: 'columns',
      type: 'array',
      maxRows: 4,
      fields: [
        {
          name: 'heading',
          type: 'text',
          localized: true,
        },
        {
          name: 'links',
          type: 'array',
          fields: [link()],
        },
      ],
    },
    {
      name: 'legalLinks',
      type: 'array',
      fields: [link()],
      admin: { description: 'Imprint, privacy policy, terms and the like, in the footer’s bottom line.' },
    },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              options: [
                { label: 'Instagram', value: 'instagram' },
                { label: 'Facebook', value: 'facebook' },
                { label: 'X', value: 'x' },
                { label: 'TikTok', value: 'tiktok' },
                { label: 'YouTube', value: 'youtube' },
                { label: 'Pinterest', value: 'pinterest' },
                { label: 'LinkedIn', value: 'linkedin' },
              ],
              admin: { width: '30%' },
            },
            {
              name: 'url',
              label: 'URL',
              type: 'text',
              required: true,
              validate: validateHttps,
              admin: { width: '70%' },
            },
          ],
        },
      ],
    },
    {
      name: 'copyright',
      type: 'text',
      localized: true,
      admin: { description: 'e.g. © 2026 Agora. The storefront shows it as written.' },
    },
  ],
  hooks: {
    afterChange: [revalidateGlobal],
  },
}
