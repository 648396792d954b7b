import type { DataFromGlobalSlug, GlobalSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { locales, type Locale } from './locales'

// The seed never notifies the storefront: it may not be running, and it rebuilds from the CMS anyway.
export const context = { disableRevalidate: true }

type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Copies the ids of the saved array and block rows into `data`, by position. Array rows are shared by
 * all locales: a write without the ids replaces the rows and drops the other locales' texts, a write
 * with them translates the same rows. Rich text (`root`) is a value, not rows; a block whose type
 * changed at that position (an editor rearranged the page) is written as a new row.
 */
export function withIds<T>(data: T, saved: unknown): T {
  if (Array.isArray(data)) {
    if (!Array.isArray(saved)) return data
    return data.map((row: unknown, index) => {
      const old: unknown = saved[index]
      if (!isRow(row) || !isRow(old) || row.blockType !== old.blockType) return row
      return { ...withIds(row, old), id: old.id }
    }) as T
  }
  if (isRow(data) && !('root' in data) && isRow(saved)) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, withIds(value, saved[key])]),
    ) as T
  }
  return data
}

type Slugged = 'pages' | 'articles' | 'categories'

/**
 * Creates the document `slug` in en and translates it into the other locales, or brings an existing
 * one back to the seeded texts. Found by slug, so a rerun updates instead of duplicating.
 */
export async function upsertBySlug<C extends Slugged>(
  payload: Payload,
  collection: C,
  slug: string,
  build: (locale: Locale) => Omit<RequiredDataFromCollectionSlug<C>, 'slug'>,
): Promise<number> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    context,
  })
  let saved: { id: number } | undefined = docs[0]
  for (const locale of locales) {
    const data = { ...build(locale), slug } as RequiredDataFromCollectionSlug<C>
    // For a generic collection TypeScript cannot pick update's by-id overload or relate its data
    // type to create's; `build` is checked against the collection's type at the call site.
    saved = saved
      ? ((await payload.update({
          collection,
          id: saved.id,
          locale,
          data: withIds(data, saved) as never,
          depth: 0,
          context,
        })) as { id: number })
      : await payload.create({ collection, locale, data, depth: 0, context })
  }
  return saved!.id
}

/** Writes a global in every locale, keeping its array rows (see withIds). */
export async function upsertGlobal<G extends GlobalSlug>(
  payload: Payload,
  slug: G,
  build: (locale: Locale) => Omit<DataFromGlobalSlug<G>, 'id'>,
): Promise<void> {
  let saved: unknown = await payload.findGlobal({ slug, depth: 0, context })
  for (const locale of locales) {
    saved = await payload.updateGlobal({
      slug,
      locale,
      // Payload types `data` as a deep partial that TypeScript cannot relate to a generic global.
      data: withIds(build(locale), saved) as never,
      depth: 0,
      context,
    })
  }
}
