import type { Block } from 'payload'

import { validateHref } from '../../fields/href'

export const Pricing: Block = {
  slug: 'pricing',
  interfaceName: 'PricingBlock',
  labels: { singular: 'Pricing', plural: 'Pricing tables' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
    },
    {
      name: 'tiers',
      type: 'array',
      required: true, // minRows alone still accepts an empty list
      minRows: 1,
      maxRows: 4,
      labels: { singular: 'Tier', plural: 'Tiers' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              localized: true,
              admin: { width: '40%' },
            },
            {
              name: 'price',
              type: 'text',
              required: true,
              admin: { width: '20%', description: 'The same in every language, e.g. €0 or €9.90.' },
            },
            {
              name: 'period',
              type: 'text',
              localized: true,
              admin: { width: '40%', description: 'E.g. per month; leave empty for one-off prices.' },
            },
          ],
        },
        {
          name: 'features',
          type: 'array',
          labels: { singular: 'Feature', plural: 'Features' },
          fields: [
            {
              name: 'text',
              type: 'text',
              required: true,
              localized: true,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'ctaLabel',
              label: 'Button label',
              type: 'text',
              localized: true,
              admin: { width: '50%', description: 'Leave empty to show no button.' },
            },
            {
              name: 'ctaHref',
              label: 'Button link',
              type: 'text',
              validate: validateHref,
              admin: { width: '50%', description: 'A page path without the language, e.g. /contact, or a full URL.' },
            },
          ],
        },
        {
          name: 'highlighted',
          type: 'checkbox',
          admin: { description: 'Emphasise this tier, e.g. as the recommended one.' },
        },
      ],
    },
  ],
}
