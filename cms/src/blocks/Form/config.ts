import type { Block } from 'payload'

export const Form: Block = {
  slug: 'form',
  interfaceName: 'FormBlock',
  labels: { singular: 'Contact form', plural: 'Contact forms' },
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
      admin: {
        description: 'The form always asks for name, email and message; entries appear under Forms.',
      },
    },
    {
      name: 'submitLabel',
      label: 'Button label',
      type: 'text',
      required: true,
      localized: true,
    },
    {
      name: 'successMessage',
      label: 'Success message',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Shown after the visitor has sent the form.' },
    },
  ],
}
