import type { Block } from 'payload'

import { validateHref } from '../../fields/href'

// The storefront renders this block; its fields are the contract the storefront reads.
export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Hero', plural: 'Heroes' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'The large headline at the top of the page.' },
    },
    {
      name: 'subheading',
      type: 'textarea',
      localized: true,
    },
    {
      name: 'ctaLabel',
      label: 'Button label',
      type: 'text',
      localized: true,
      admin: { description: 'Leave empty to show no button.' },
    },
    {
      name: 'ctaHref',
      label: 'Button link',
      type: 'text',
      validate: validateHref,
      admin: { description: 'A page path without the language, e.g. /products, or a full URL.' },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'A wide background image; at least 1600 px wide looks sharp.' },
    },
  ],
}
