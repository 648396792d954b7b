import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

import { home, homeSlug } from '@/seed/home'
import { seed } from '@/seed/seed'

describe('seed', () => {
  let payload: Payload
  let seededHere = false

  const findHome = (locale: 'en' | 'de' | 'el') =>
    payload.find({ collection: 'pages', where: { slug: { equals: homeSlug } }, locale, depth: 0 })

  beforeAll(async () => {
    payload = await testPayload()
    seededHere = (await findHome('en')).totalDocs === 0
  })

  afterAll(async () => {
    // Remove what this run created (the image file too), so the next run starts from the same state.
    if (seededHere) {
      const { docs } = await findHome('en')
      const image = docs[0]?.layout?.[0]?.image
      await payload.delete({ collection: 'pages', where: { slug: { equals: homeSlug } } })
      if (typeof image === 'number') await payload.delete({ collection: 'media', id: image })
    }
    await payload.db.destroy?.()
  })

  it('creates one home page in every locale, also when run twice', async () => {
    await seed(payload)
    await seed(payload)

    for (const locale of ['en', 'de', 'el'] as const) {
      const { docs, totalDocs } = await findHome(locale)
      expect(totalDocs).toBe(1)
      expect(docs[0]?.title).toBe(home[locale].title)
      expect(docs[0]?.layout?.[0]).toMatchObject({
        blockType: 'hero',
        heading: home[locale].heading,
        subheading: home[locale].subheading,
        ctaLabel: home[locale].ctaLabel,
        ctaHref: '/products',
      })
    }
  })
})
