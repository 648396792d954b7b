import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

import { seed } from '@/seed/seed'

const locales = ['en', 'de', 'el'] as const
const pageSlugs = ['home', 'about', 'contact', 'imprint', 'privacy', 'terms', 'cookies']
const globals = ['header', 'footer', 'cookie-consent', 'site-settings'] as const
// Pages and articles first: they point at media and categories.
const seeded: CollectionSlug[] = ['pages', 'articles', 'categories', 'media', 'users', 'redirects']
const quiet = { disableRevalidate: true }

// What a rerun may touch without changing content: timestamps, and the ids of rewritten rows. Duplicated
// documents still show as extra entries, re-uploaded media as new ids in the lists.
const unstable = new Set(['createdAt', 'updatedAt', 'id'])
const stable = (value: unknown) => JSON.parse(JSON.stringify(value), (key, v) => (unstable.has(key) ? undefined : v))

describe('seed', () => {
  let payload: Payload
  // Ids per collection before the seed ran, so the run removes only what it added.
  const before = new Map<CollectionSlug, (number | string)[]>()

  const ids = async (collection: CollectionSlug) =>
    (await payload.find({ collection, pagination: false, depth: 0 })).docs.map((doc) => doc.id)

  // Everything the seed writes, in every locale.
  const content = async () => ({
    pages: (await payload.find({ collection: 'pages', locale: 'all', pagination: false, depth: 0, sort: 'slug' })).docs,
    articles: (await payload.find({ collection: 'articles', locale: 'all', pagination: false, depth: 0, sort: 'slug' })).docs,
    categories: (await payload.find({ collection: 'categories', locale: 'all', pagination: false, depth: 0, sort: 'slug' })).docs,
    media: await ids('media'),
    users: await ids('users'),
    redirects: (await payload.find({ collection: 'redirects', pagination: false, depth: 0, sort: 'from' })).docs,
    globals: await Promise.all(globals.map((slug) => payload.findGlobal({ slug, locale: 'all', depth: 0 }))),
  })

  beforeAll(async () => {
    payload = await testPayload()
    for (const collection of seeded) before.set(collection, await ids(collection))
  })

  // The globals keep the seeded content: they exist once per database anyway.
  afterAll(async () => {
    for (const collection of seeded) {
      await payload.delete({
        collection,
        where: { id: { not_in: before.get(collection) ?? [] } },
        context: quiet,
      })
    }
    await payload.db.destroy?.()
  })

  it('changes nothing when run twice', async () => {
    await seed(payload)
    const first = await content()
    await seed(payload)
    expect(stable(await content())).toEqual(stable(first))
  })

  it('publishes every page once, translated', async () => {
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'pages',
        where: { slug: { in: pageSlugs } },
        locale,
        overrideAccess: false,
        pagination: false,
      })
      expect(docs.map((page) => page.slug).sort()).toEqual([...pageSlugs].sort())
    }
    const home = async (locale: (typeof locales)[number]) =>
      (await payload.find({ collection: 'pages', where: { slug: { equals: 'home' } }, locale, depth: 0 })).docs[0]
    const [en, de, el] = await Promise.all(locales.map(home))
    expect(en?.layout?.map((block) => block.blockType)).toEqual([
      'hero',
      'featureGrid',
      'productCarousel',
      'metrics',
      'testimonials',
      'faq',
      'cta',
    ])
    expect(de?.title).not.toBe(en?.title)
    expect(el?.title).not.toBe(en?.title)
  })

  it('publishes three articles with a cover, an author and a category', async () => {
    const { docs } = await payload.find({ collection: 'articles', overrideAccess: false, pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    for (const article of docs.slice(0, 3)) {
      expect(article.cover).toBeTruthy()
      expect(article.author).toBeTruthy()
      expect(article.categories?.length).toBeGreaterThan(0)
      expect(article.publishedAt).toBeTruthy()
    }
    const categories = await payload.find({ collection: 'categories', where: { slug: { in: ['news', 'guides'] } } })
    expect(categories.totalDocs).toBe(2)
  })

  it('fills the globals', async () => {
    const header = await payload.findGlobal({ slug: 'header', depth: 0 })
    expect(header.navItems?.map((item) => item.link.href)).toEqual(['/products', '/blog', '/about', '/contact'])

    const footer = await payload.findGlobal({ slug: 'footer', depth: 0 })
    expect(footer.legalLinks?.map((item) => item.link.href)).toEqual(
      expect.arrayContaining(['/imprint', '/privacy', '/terms', '/cookies']),
    )

    const consent = await payload.findGlobal({ slug: 'cookie-consent', depth: 0 })
    expect(consent.categories?.map((category) => category.key)).toEqual(['necessary', 'analytics', 'marketing'])
  })

  it('redirects the old about address', async () => {
    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: '/about-us' } }, depth: 0 })
    expect(docs.map(({ to, permanent }) => ({ to, permanent }))).toEqual([{ to: '/about', permanent: true }])
  })

  it('writes real texts in every locale', async () => {
    const all = JSON.stringify(await content())
    expect(all).not.toMatch(/lorem ipsum/i)
    expect(all).not.toMatch(/\bTODO\b/)
  })

  it('creates the editor account', async () => {
    const email = process.env.CMS_EDITOR_EMAIL || 'editor@agora.local'
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(docs.map((user) => user.role)).toEqual(['editor'])
  })
})
