import { ValidationError, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../payload'

type Layout = NonNullable<RequiredDataFromCollectionSlug<'pages'>['layout']>

const quiet = { disableRevalidate: true }

// The field paths a save was rejected for; fails the test when it was saved or failed otherwise.
async function rejectedPaths(save: Promise<unknown>): Promise<string[]> {
  const error = await save.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error, 'the save should have been rejected').toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map((e) => e.path)
}

describe('validation', () => {
  const run = Date.now()
  const validSlug = `valid-${run}`
  let payload: Payload
  let count = 0

  // Published, because drafts skip validation.
  const publish = (layout: Layout, slug = `invalid-${run}-${count++}`) =>
    payload.create({ collection: 'pages', context: quiet, data: { title: 'Checked', slug, _status: 'published', layout } })

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    // Whatever slipped through, a slug a hook tidied up included.
    await payload.delete({ collection: 'pages', where: { slug: { contains: String(run) } }, context: quiet })
    await payload.delete({ collection: 'redirects', where: { from: { contains: String(run) } }, context: quiet })
    await payload.db.destroy?.()
  })

  // Without it, every rejection below could come from a broken collection rather than the bad field.
  it('accepts a well-formed layout', async () => {
    const page = await publish(
      [
        { blockType: 'hero', heading: 'Welcome', ctaLabel: 'Shop', ctaHref: '/products' },
        { blockType: 'productCarousel', source: 'handles', handles: ['linen-shirt'], limit: 8 },
        { blockType: 'productCarousel', source: 'collection', collectionHandle: 'summer' },
        { blockType: 'postsGrid', source: 'hashtag', hashtag: 'agora_makers' },
        {
          blockType: 'cta',
          heading: 'Join',
          links: [
            { link: { label: 'About', href: '/about' }, style: 'primary' },
            { link: { label: 'Docs', href: 'https://example.com' }, style: 'secondary' },
          ],
        },
      ],
      validSlug,
    )
    expect(page.layout).toHaveLength(5)
  })

  it.each<[string, Layout, string]>([
    ['a hero without heading', [{ blockType: 'hero' } as Layout[number]], 'layout.0.heading'],
    ['a hero button to a script', [{ blockType: 'hero', heading: 'Hi', ctaHref: 'javascript:alert(1)' }], 'layout.0.ctaHref'],
    ['a carousel by handles without handles', [{ blockType: 'productCarousel', source: 'handles' }], 'layout.0.handles'],
    ['a carousel with an empty handle list', [{ blockType: 'productCarousel', source: 'handles', handles: [] }], 'layout.0.handles'],
    ['a carousel by collection without its handle', [{ blockType: 'productCarousel', source: 'collection' }], 'layout.0.collectionHandle'],
    ['a carousel by category without its handle', [{ blockType: 'productCarousel', source: 'category' }], 'layout.0.categoryHandle'],
    ['a carousel of 100 products', [{ blockType: 'productCarousel', source: 'handles', handles: ['a'], limit: 100 }], 'layout.0.limit'],
    ['a posts grid with a malformed hashtag', [{ blockType: 'postsGrid', source: 'hashtag', hashtag: 'two words!' }], 'layout.0.hashtag'],
    ['a posts grid by profile without a profile', [{ blockType: 'postsGrid', source: 'profile' }], 'layout.0.profileHandle'],
    ['a feature grid without features', [{ blockType: 'featureGrid', heading: 'Empty', features: [] }], 'layout.0.features'],
    [
      'a call to action linking to a script',
      [{ blockType: 'cta', heading: 'Go', links: [{ link: { label: 'Click', href: 'javascript:alert(1)' }, style: 'primary' }] }],
      'layout.0.links.0.link.href',
    ],
    [
      'a second block with an error',
      [{ blockType: 'hero', heading: 'Fine' }, { blockType: 'form', heading: 'Write us' } as Layout[number]],
      'layout.1.submitLabel',
    ],
  ])('rejects %s', async (_, layout, path) => {
    expect(await rejectedPaths(publish(layout))).toContain(path)
  })

  it('rejects a malformed slug', async () => {
    expect(await rejectedPaths(publish([], `Not A Slug ${run}`))).toContain('slug')
  })

  it('rejects a script link in the header', async () => {
    const save = payload.updateGlobal({
      slug: 'header',
      context: quiet,
      data: { navItems: [{ link: { label: 'Click', href: 'javascript:alert(1)' } }] },
    })
    expect(await rejectedPaths(save)).toContain('navItems.0.link.href')
  })

  it('rejects a social link that is not https', async () => {
    const save = payload.updateGlobal({
      slug: 'footer',
      context: quiet,
      data: { socialLinks: [{ platform: 'instagram', url: 'http://instagram.com/agora' }] },
    })
    expect(await rejectedPaths(save)).toContain('socialLinks.0.url')
  })

  it('rejects a redirect from a path without a leading slash or to a script', async () => {
    const from = await rejectedPaths(
      payload.create({ collection: 'redirects', context: quiet, data: { from: `old-${run}`, to: '/about' } }),
    )
    expect(from).toContain('from')
    const to = await rejectedPaths(
      payload.create({ collection: 'redirects', context: quiet, data: { from: `/old-${run}`, to: 'javascript:alert(1)' } }),
    )
    expect(to).toContain('to')
  })
})
