import type { Config } from '../payload-types'

export type Locale = Config['locale']

// en first: documents are created in the default locale, then translated.
export const locales: readonly Locale[] = ['en', 'de', 'el']

export type Localized<T> = Record<Locale, T>
