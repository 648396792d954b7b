import type { TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

// Slugs become storefront paths and cache tags (`cms-page-<slug>`), so they keep to lowercase
// letters, digits and single hyphens.
const pattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const validateSlug: TextFieldSingleValidation = (value, options) => {
  if (value && !pattern.test(value)) {
    return 'Use lowercase letters, digits and hyphens only, e.g. summer-sale.'
  }
  return text(value, options)
}

// Not localized: a document has one address in every language.
export const slugField = (description: string): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  validate: validateSlug,
  admin: { position: 'sidebar', description },
})
