import type { Block } from 'payload'

export const Faq: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
    },
    {
      name: 'items',
      type: 'array',
      required: true, // minRows alone still accepts an empty list
      minRows: 1,
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          localized: true,
        },
        {
          // Plain text so the storefront can publish it as FAQPage structured data for search engines.
          name: 'answer',
          type: 'textarea',
          required: true,
          localized: true,
          admin: { description: 'Plain text; search engines may show it directly in results.' },
        },
      ],
    },
  ],
}
