import type { Block } from 'payload'

export const FeatureGrid: Block = {
  slug: 'featureGrid',
  interfaceName: 'FeatureGridBlock',
  labels: { singular: 'Feature grid', plural: 'Feature grids' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
    },
    {
      name: 'features',
      type: 'array',
      required: true, // minRows alone still accepts an empty list
      minRows: 1,
      maxRows: 12,
      labels: { singular: 'Feature', plural: 'Features' },
      fields: [
        {
          name: 'icon',
          type: 'select',
          options: [
            { label: 'Truck (shipping)', value: 'truck' },
            { label: 'Shield (security)', value: 'shield' },
            { label: 'Heart', value: 'heart' },
            { label: 'Star', value: 'star' },
            { label: 'Leaf (sustainability)', value: 'leaf' },
            { label: 'Chat (support)', value: 'chat' },
            { label: 'Gift', value: 'gift' },
            { label: 'Globe', value: 'globe' },
          ],
          admin: { description: 'Optional symbol shown above the title.' },
        },
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
        },
        {
          name: 'text',
          type: 'textarea',
          localized: true,
        },
      ],
    },
  ],
}
