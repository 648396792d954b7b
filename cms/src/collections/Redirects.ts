import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { hrefError } from '../fields/href'
import { revalidateTags } from '../hooks/revalidateTags'

const localeCodes = (options: Parameters<TextFieldSingleValidation>[1]) =>
  options.req.payload.config.localization ? options.req.payload.config.localization.localeCodes : []

// The storefront matches the old path with and without a locale prefix, so `from` is stored without one.
const validateFrom: TextFieldSingleValidation = (value, options) => {
  if (value) {
    if (!value.startsWith('/')) return 'Enter a path on this shop starting with /, e.g. /old-about.'
    if (/[?#]/.test(value)) return 'Leave out ? and #: redirects match the path only.'
    const error = hrefError(value, localeCodes(options))
    if (error) return error
  }
  return text(value, options)
}

const validateTo: TextFieldSingleValidation = (value, options) => {
  if (value) {
    const error = hrefError(value, localeCodes(options))
    if (error) return error
    if (value === (options.siblingData as { from?: string } | undefined)?.from) return 'A redirect to its own path would loop.'
  }
  return text(value, options)
}

const revalidation = revalidateTags(['cms-redirects'])

export const Redirects: CollectionConfig = {
  slug: 'redirects',
  access: {
    create: authenticated,
    read: anyone,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    defaultColumns: ['from', 'to', 'permanent'],
    group: 'Settings',
    useAsTitle: 'from',
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateFrom,
      admin: { description: 'The old path without the language, e.g. /old-about.' },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      validate: validateTo,
      admin: { description: 'A path without the language, e.g. /about, or a full https:// URL.' },
    },
    {
      name: 'permanent',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Permanent (308) tells search engines the page has moved for good; otherwise 307.' },
    },
  ],
  hooks: {
    afterChange: [revalidation.afterChange],
    afterDelete: [revalidation.afterDelete],
  },
}
