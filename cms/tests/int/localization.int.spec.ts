import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

import type { Page } from '@/payload-types'

type Block = NonNullable<Page['layout']>[number]
type Of<T extends Block['blockType']> = Extract<Block, { blockType: T }>

// Narrows a layout row, so the assertions read the block's own fields.
function block<T extends Block['blockType']>(page: Page, index: number, type: T): Of<T> {
  const row = page.layout?.[index]
  expect(row?.blockType).toBe(type)
  return row as Of<T>
}

describe('page localization', () => {
  const slug = `about-${Date.now()}`
  let payload: Payload
  let page: Page

  const read = (locale: 'en' | 'de' | 'el') =>
    payload.findByID({ collection: 'pages', id: page.id, locale, depth: 0 })

  beforeAll(async () => {
    payload = await testPayload()
    page = await payload.create({
      collection: 'pages',
      locale: 'en',
      context: { disableRevalidate: true },
      data: {
        title: 'About us',
        slug,
        _status: 'published',
        layout: [
          { blockType: 'hero', heading: 'Made by hand', subheading: 'Small workshops, one checkout.' },
          {
            blockType: 'featureGrid',
            heading: 'Why Agora',
            features: [{ icon: 'truck', title: 'Shipping', text: 'Free from 50 euros.' }],
          },
        ],
      },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'pages', where: { slug: { equals: slug } }, context: { disableRevalidate: true } })
    await payload.db.destroy?.()
  })

  it('falls back to en until a translation exists', async () => {
    for (const locale of ['de', 'el'] as const) {
      const doc = await read(locale)
      expect(doc.title).toBe('About us')
      expect(block(doc, 0, 'hero').heading).toBe('Made by hand')
      expect(block(doc, 1, 'featureGrid').features?.[0]?.text).toBe('Free from 50 euros.')
    }

    // The storefront's query: by slug, not by id.
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, locale: 'de' })
    expect(docs[0]?.title).toBe('About us')
  })

  it('returns a translation for its locale and keeps the others', async () => {
    // Required localized fields are validated per locale, so a translation brings its own required texts.
    // Passing the rows' ids keeps the rows, and with them the en texts and the fields left out here.
    const hero = block(page, 0, 'hero')
    const grid = block(page, 1, 'featureGrid')
    const feature = grid.features?.[0]
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'de',
      context: { disableRevalidate: true },
      data: {
        title: 'Über uns',
        _status: 'published',
        layout: [
          { id: hero.id, blockType: 'hero', heading: 'Handgemacht' },
          { id: grid.id, blockType: 'featureGrid', features: [{ id: feature?.id, icon: 'truck', title: 'Versand' }] },
        ],
      },
    })

    const de = await read('de')
    expect(de.title).toBe('Über uns')
    expect(block(de, 0, 'hero').heading).toBe('Handgemacht')
    // Untranslated fields of a block and of an array row inside it fall back to en.
    expect(block(de, 0, 'hero').subheading).toBe('Small workshops, one checkout.')
    expect(block(de, 1, 'featureGrid').heading).toBe('Why Agora')
    expect(block(de, 1, 'featureGrid').features?.[0]).toMatchObject({ icon: 'truck', title: 'Versand', text: 'Free from 50 euros.' })

    const el = await read('el')
    expect(el.title).toBe('About us')
    expect(block(el, 0, 'hero').heading).toBe('Made by hand')
    expect(block(el, 1, 'featureGrid').features?.[0]?.title).toBe('Shipping')

    const en = await read('en')
    expect(en.title).toBe('About us')
    expect(block(en, 0, 'hero').heading).toBe('Made by hand')
    expect(block(en, 1, 'featureGrid').features?.[0]?.title).toBe('Shipping')
  })

  it('serves the published translation to anonymous readers', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { slug: { equals: slug } },
      locale: 'de',
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.title)).toEqual(['Über uns'])
  })
})
