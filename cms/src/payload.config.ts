import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { Articles } from './collections/Articles'
import { Categories } from './collections/Categories'
import { FormSubmissions } from './collections/FormSubmissions'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Redirects } from './collections/Redirects'
import { Users } from './collections/Users'
import { env } from './env'
import { CookieConsent } from './globals/CookieConsent'
import { Footer } from './globals/Footer'
import { Header } from './globals/Header'
import { SiteSettings } from './globals/SiteSettings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Gravatar would be a request to the internet on every admin page.
    avatar: 'default',
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
    },
    // The live-preview pane's sizes; each collection's `livePreview.url` points it at the storefront.
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [Pages, Articles, Categories, Media, Redirects, FormSubmissions, Users],
  globals: [Header, Footer, CookieConsent, SiteSettings],
  // The storefront reads pages from the browser-facing origin too; serverURL is added to csrf by Payload.
  cors: [env.storefrontUrl],
  csrf: [env.storefrontUrl],
  db: postgresAdapter({
    pool: { connectionString: env.databaseUrl },
    migrationDir: path.resolve(dirname, 'migrations'),
    // Schema changes go through migrations everywhere. Dev push would mark the database as
    // "pushed", after which `payload migrate` stops at an interactive prompt.
    push: false,
  }),
  editor: lexicalEditor(),
  // Scheduled publishing (`schedulePublish` on pages and articles) queues a job in the `default`
  // queue that waits until the chosen time; this cron runs due jobs every minute inside the Next
  // server. Payload starts it on the first admin or API request of the process (never during
  // `next build`, the tests or the `payload` CLI, which do not ask for crons).
  jobs: {
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 10 }],
  },
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'de', label: 'Deutsch' },
      { code: 'el', label: 'Ελληνικά' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  onInit: (payload) => {
    const unset = [
      !env.revalidateSecret && 'REVALIDATE_SECRET (the storefront is not told about content changes)',
      !env.previewSecret && 'PREVIEW_SECRET (drafts cannot be previewed on the storefront)',
    ].filter(Boolean)
    if (unset.length) payload.logger.warn(`Not set: ${unset.join('; ')}`)
  },
  secret: env.payloadSecret,
  serverURL: env.serverUrl,
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
