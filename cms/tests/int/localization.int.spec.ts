import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

describe('page localization', () => {
  const slug = `about-${Date.now()}`
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.delete({ collection: 'pages', where: { slug: { equals: slug } } })
    await payload.db.destroy?.()
  })

  it('falls back to en until a translation exists', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: { title: 'About us', slug, layout: [{ blockType: 'hero', heading: 'Made by hand' }] },
    })

    const byId = await payload.findByID({ collection: 'pages', id: page.id, locale: 'de' })
    expect(byId.title).toBe('About us')
    expect(byId.layout?.[0]?.heading).toBe('Made by hand')

    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, locale: 'de' })
    expect(docs[0]?.title).toBe('About us')

    // Required localized fields are validated per locale, so a translation brings its own heading.
    // Passing the block's id keeps the block, and with it the en texts.
    const hero = page.layout?.[0]
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'de',
      data: { title: 'Über uns', layout: [{ id: hero?.id, blockType: 'hero', heading: 'Handgemacht' }] },
    })

    const de = await payload.findByID({ collection: 'pages', id: page.id, locale: 'de' })
    expect(de.title).toBe('Über uns')
    expect(de.layout?.[0]?.heading).toBe('Handgemacht')

    const el = await payload.findByID({ collection: 'pages', id: page.id, locale: 'el' })
    expect(el.title).toBe('About us')
    expect(el.layout?.[0]?.heading).toBe('Made by hand')

    const en = await payload.findByID({ collection: 'pages', id: page.id, locale: 'en' })
    expect(en.layout?.[0]?.heading).toBe('Made by hand')
  })
})
