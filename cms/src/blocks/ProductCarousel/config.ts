import type {
  Block,
  Condition,
  NumberFieldSingleValidation,
  TextFieldManyValidation,
  TextFieldSingleValidation,
} from 'payload'
import { number, text } from 'payload/shared'

type Source = 'collection' | 'category' | 'handles'

const sourceOf = (siblingData: unknown) => (siblingData as { source?: Source } | undefined)?.source

const shownFor =
  (source: Source): Condition =>
  (_, siblingData) =>
    sourceOf(siblingData) === source

// Handles are the product/collection/category identifiers from the shop (the last part of its URLs).
const handleError = (value: string) =>
  /^[^\s/?#]+$/.test(value) ? undefined : 'Enter only the handle, e.g. summer-sale, not a URL.'

// Required only for the source it belongs to; Payload skips validation while the field is hidden.
const requiredHandleFor =
  (source: Source, message: string): TextFieldSingleValidation =>
  (value, options) => {
    if (sourceOf(options.siblingData) !== source) return true
    if (!value?.trim()) return message
    return handleError(value) ?? text(value, options)
  }

const validateHandles: TextFieldManyValidation = (value, options) => {
  if (sourceOf(options.siblingData) !== 'handles') return true
  if (!value?.length) return 'Add at least one product handle.'
  for (const handle of value) {
    const error = handleError(handle)
    if (error) return error
  }
  return true
}

const validateLimit: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'Enter a whole number.' : number(value, options)

export const ProductCarousel: Block = {
  slug: 'productCarousel',
  interfaceName: 'ProductCarouselBlock',
  labels: { singular: 'Product carousel', plural: 'Product carousels' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
    },
    {
      name: 'source',
      label: 'Products from',
      type: 'select',
      required: true,
      defaultValue: 'collection',
      options: [
        { label: 'A collection', value: 'collection' },
        { label: 'A category', value: 'category' },
        { label: 'Chosen products', value: 'handles' },
      ],
    },
    {
      name: 'collectionHandle',
      label: 'Collection handle',
      type: 'text',
      validate: requiredHandleFor('collection', 'Enter the handle of the collection to show.'),
      admin: {
        condition: shownFor('collection'),
        description: 'The collection handle from the shop admin, e.g. summer-sale.',
      },
    },
    {
      name: 'categoryHandle',
      label: 'Category handle',
      type: 'text',
      validate: requiredHandleFor('category', 'Enter the handle of the category to show.'),
      admin: {
        condition: shownFor('category'),
        description: 'The category handle from the shop admin, e.g. home.',
      },
    },
    {
      name: 'handles',
      label: 'Product handles',
      type: 'text',
      hasMany: true,
      validate: validateHandles,
      admin: {
        condition: shownFor('handles'),
        description: 'Product handles in the order to show them; press Enter after each.',
      },
    },
    {
      name: 'limit',
      label: 'Maximum number of products',
      type: 'number',
      defaultValue: 8,
      min: 1,
      max: 24,
      validate: validateLimit,
      admin: { step: 1 },
    },
  ],
}
