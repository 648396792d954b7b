import type { Payload } from 'payload'

import { articles } from './content/articles'
import { categories, type CategorySlug } from './content/categories'
import { cookieConsent } from './content/globals/cookie-consent'
import { footer } from './content/globals/footer'
import { header } from './content/globals/header'
import { siteSettings } from './content/globals/site-settings'
import { pages } from './content/pages'
import { seedMedia } from './media'
import { seedRedirects } from './redirects'
import { upsertBySlug, upsertGlobal } from './upsert'
import { seedUsers } from './users'

// When the seeded pages count as published (the sitemap and `publishedAt` sorting read it).
const launch = '2026-10-01T08:00:00.000Z'

/**
 * The demo content in en, de and el: users, images, blog categories and articles, the pages, the
 * globals and a redirect. Safe to rerun: everything is found by slug, email or file name and brought back to the
 * seeded texts; nothing is duplicated and no image is uploaded twice.
 */
export async function seed(payload: Payload): Promise<void> {
  await seedUsers(payload)
  const media = await seedMedia(payload)

  const categoryIds = {} as Record<CategorySlug, number>
  for (const slug of Object.keys(categories) as CategorySlug[]) {
    categoryIds[slug] = await upsertBySlug(payload, 'categories', slug, (locale) => ({
      title: categories[slug][locale],
    }))
  }
  console.log(`seed: categories ${Object.keys(categoryIds).join(', ')}`)

  for (const article of articles) {
    await upsertBySlug(payload, 'articles', article.slug, (locale) => {
      const { title, excerpt, content } = article.texts[locale]
      return {
        title,
        excerpt,
        content,
        cover: media[article.cover],
        author: article.author,
        categories: [categoryIds[article.category]],
        publishedAt: article.publishedAt,
        meta: { title, description: excerpt, image: media[article.cover] },
        _status: 'published' as const,
      }
    })
    console.log(`seed: article ${article.slug}`)
  }

  for (const page of pages) {
    await upsertBySlug(payload, 'pages', page.slug, (locale) => ({
      ...page.build(locale, media),
      publishedAt: launch,
      _status: 'published' as const,
    }))
    console.log(`seed: page ${page.slug}`)
  }

  await upsertGlobal(payload, 'header', header)
  await upsertGlobal(payload, 'footer', footer)
  await upsertGlobal(payload, 'cookie-consent', cookieConsent)
  await upsertGlobal(payload, 'site-settings', (locale) => siteSettings(locale, media))
  console.log('seed: globals header, footer, cookie-consent, site-settings')
  await seedRedirects(payload)
}
