import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Users } from './collections/Users'
import { env } from './env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Gravatar would be a request to the internet on every admin page.
    avatar: 'default',
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
    },
  },
  collections: [Pages, Media, Users],
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
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'de', label: 'Deutsch' },
      { code: 'el', label: 'Ελληνικά' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  secret: env.payloadSecret,
  serverURL: env.serverUrl,
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
