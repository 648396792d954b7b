import type { GroupField } from 'payload'

import { validateHref } from './href'

// One link as the header, footer and call-to-action blocks store it; the storefront prefixes paths
// with the visitor's locale.
export function link(overrides?: Partial<GroupField>): GroupField {
  return {
    name: 'link',
    type: 'group',
    admin: { hideGutter: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'label',
            type: 'text',
            required: true,
            localized: true,
            admin: { width: '40%' },
          },
          {
            name: 'href',
            label: 'Path or URL',
            type: 'text',
            required: true,
            validate: validateHref,
            admin: {
              width: '40%',
              description: 'A page path without the language, e.g. /about or /products, or a full URL.',
            },
          },
          {
            name: 'newTab',
            label: 'Open in a new tab',
            type: 'checkbox',
            admin: { width: '20%', style: { alignSelf: 'flex-end' } },
          },
        ],
      },
    ],
    ...overrides,
  }
}
