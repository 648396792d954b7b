import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'

const validateLocale: TextFieldSingleValidation = (value, options) => {
  const codes = options.req.payload.config.localization ? options.req.payload.config.localization.localeCodes : []
  if (value && !codes.includes(value)) return `Use one of ${codes.join(', ')}.`
  return text(value, options)
}

// Messages sent through a page's form block. Visitors post them anonymously
// (`POST /api/form-submissions`) but cannot read them back; only logged-in users see them.
export const FormSubmissions: CollectionConfig = {
  slug: 'form-submissions',
  access: {
    create: anyone,
    read: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    defaultColumns: ['name', 'email', 'page', 'createdAt'],
    group: 'Forms',
    useAsTitle: 'email',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
    },
    {
      name: 'email',
      type: 'email',
      required: true,
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 5000,
    },
    {
      name: 'locale',
      type: 'text',
      validate: validateLocale,
    },
  ],
}
