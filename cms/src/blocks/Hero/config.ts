import type { Block } from 'payload'

// The storefront renders this block; its fields are the contract the storefront reads.
export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      localized: true,
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
    },
    {
      name: 'ctaHref',
      label: 'Button link',
      type: 'text',
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
    },
  ],
}
