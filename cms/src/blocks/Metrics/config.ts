import type { Block } from 'payload'

export const Metrics: Block = {
  slug: 'metrics',
  interfaceName: 'MetricsBlock',
  labels: { singular: 'Metrics', plural: 'Metrics' },
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
      maxRows: 6,
      labels: { singular: 'Metric', plural: 'Metrics' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'text',
              required: true,
              admin: {
                width: '30%',
                description: 'The same in every language, e.g. 12k+ or 98%.',
              },
            },
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              admin: { width: '70%', description: 'What the number counts, e.g. happy customers.' },
            },
          ],
        },
      ],
    },
  ],
}
