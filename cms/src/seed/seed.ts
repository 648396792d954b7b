import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Page } from '../payload-types'
import { heroImage } from './hero-image'
import { home, homeCtaHref, homeSlug } from './home'

const locales = ['en', 'de', 'el'] as const

async function seedAdmin(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) {
    console.log('seed: users exist, admin left unchanged')
    return
  }
  const email = process.env.CMS_ADMIN_EMAIL || 'admin@agora.local'
  await payload.create({
    collection: 'users',
    data: { email, password: process.env.CMS_ADMIN_PASSWORD || 'agora-admin', name: 'Admin' },
  })
  console.log(`seed: created admin ${email}`)
}

async function createHeroImage(payload: Payload): Promise<number> {
  const data = await heroImage()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Warm abstract landscape' },
    file: { data, mimetype: 'image/jpeg', name: 'home-hero.jpg', size: data.length },
  })
  console.log(`seed: uploaded hero image ${media.filename}`)
  return media.id
}

const heroOf = (page?: Page) => page?.layout?.find((block) => block.blockType === 'hero')

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value ? value.id : value

// Creates the home page in every locale, or brings an existing one back to the seeded texts.
// Running it again changes no content: the page is found by slug and its hero image is reused.
export async function seed(payload: Payload): Promise<void> {
  await seedAdmin(payload)

  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: homeSlug } },
    limit: 1,
    depth: 0,
  })
  let page: Page | undefined = docs[0]
  const image = idOf(heroOf(page)?.image) ?? (await createHeroImage(payload))

  for (const locale of locales) {
    const { title, heading, subheading, ctaLabel } = home[locale]
    const data: RequiredDataFromCollectionSlug<'pages'> = {
      title,
      slug: homeSlug,
      // Blocks are shared by all locales: keep the block's id so the other locales' texts stay attached.
      layout: [
        {
          id: heroOf(page)?.id,
          blockType: 'hero',
          heading,
          subheading,
          ctaLabel,
          ctaHref: homeCtaHref,
          image,
        },
      ],
    }
    page = page
      ? await payload.update({ collection: 'pages', id: page.id, locale, data, depth: 0 })
      : await payload.create({ collection: 'pages', locale, data, depth: 0 })
    console.log(`seed: home page (${locale}) ready`)
  }
}
