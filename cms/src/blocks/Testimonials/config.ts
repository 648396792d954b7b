import type { Block } from 'payload'

export const Testimonials: Block = {
  slug: 'testimonials',
  interfaceName: 'TestimonialsBlock',
  labels: { singular: 'Testimonials', plural: 'Testimonials' },
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
      maxRows: 12,
      labels: { singular: 'Testimonial', plural: 'Testimonials' },
      fields: [
        {
          name: 'quote',
          type: 'textarea',
          required: true,
          localized: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              admin: { width: '50%', description: 'The same in every language.' },
            },
            {
              name: 'role',
              type: 'text',
              localized: true,
              admin: { width: '50%', description: 'E.g. customer since 2021, or a job title.' },
            },
          ],
        },
        {
          name: 'avatar',
          type: 'upload',
          relationTo: 'media',
          admin: { description: 'A square portrait works best.' },
        },
      ],
    },
  ],
}
