import type { Block, Condition, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { number, text } from 'payload/shared'

type Source = 'hashtag' | 'profile'

const sourceOf = (siblingData: unknown) => (siblingData as { source?: Source } | undefined)?.source

const shownFor =
  (source: Source): Condition =>
  (_, siblingData) =>
    sourceOf(siblingData) === source

// Required only for the chosen source; Payload skips validation while the field is hidden.
const validateHashtag: TextFieldSingleValidation = (value, options) => {
  if (sourceOf(options.siblingData) !== 'hashtag') return true
  if (!value?.trim()) return 'Enter the hashtag whose posts to show.'
  if (!/^[a-z0-9_]+$/.test(value.toLowerCase())) {
    return 'Use only letters, digits and _, without the #, e.g. agoramade.'
  }
  return text(value, options)
}

const validateProfileHandle: TextFieldSingleValidation = (value, options) => {
  if (sourceOf(options.siblingData) !== 'profile') return true
  if (!value?.trim()) return 'Enter the profile handle whose posts to show.'
  if (value.startsWith('@')) return 'Leave out the @.'
  if (/[\s/]/.test(value)) return 'Enter only the handle, not a URL.'
  return text(value, options)
}

const validateLimit: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'Enter a whole number.' : number(value, options)

export const PostsGrid: Block = {
  slug: 'postsGrid',
  interfaceName: 'PostsGridBlock',
  labels: { singular: 'Posts grid', plural: 'Posts grids' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
    },
    {
      name: 'source',
      label: 'Posts from',
      type: 'select',
      required: true,
      defaultValue: 'hashtag',
      options: [
        { label: 'A hashtag', value: 'hashtag' },
        { label: 'A profile', value: 'profile' },
      ],
    },
    {
      name: 'hashtag',
      type: 'text',
      validate: validateHashtag,
      hooks: {
        // Hashtags match case-insensitively; store one spelling so the storefront's lookups agree.
        beforeChange: [({ value }) => (typeof value === 'string' ? value.toLowerCase() : value)],
      },
      admin: {
        condition: shownFor('hashtag'),
        description: 'Without the #, e.g. agoramade.',
      },
    },
    {
      name: 'profileHandle',
      label: 'Profile handle',
      type: 'text',
      validate: validateProfileHandle,
      admin: {
        condition: shownFor('profile'),
        description: 'Without the @, e.g. agora.shop.',
      },
    },
    {
      name: 'limit',
      label: 'Maximum number of posts',
      type: 'number',
      defaultValue: 6,
      min: 1,
      max: 24,
      validate: validateLimit,
      admin: { step: 1 },
    },
  ],
}
