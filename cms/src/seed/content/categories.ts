import type { Localized } from '../locales'

export const categories = {
  news: { en: 'News', de: 'Neuigkeiten', el: 'Νέα' },
  guides: { en: 'Guides', de: 'Ratgeber', el: 'Οδηγοί' },
} satisfies Record<string, Localized<string>>

export type CategorySlug = keyof typeof categories
