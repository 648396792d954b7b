import { createServer } from 'net'
import path from 'path'
import { fileURLToPath } from 'url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The integration tests run against real PostgreSQL; without a database there is nothing to test.
if (!process.env.DATABASE_URL) {
  throw new Error(
    'DATABASE_URL is required: point it at an empty PostgreSQL database, e.g. postgres://postgres@localhost:5440/cms_test',
  )
}
// Any value works for signing the tests' tokens.
process.env.PAYLOAD_SECRET ||= 'test-secret'

// A port nobody listens on yet. The CMS reads STOREFRONT_URL once, when the config is imported, so the
// stand-in storefront of the revalidation test has to be known before then; the test listens on it.
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

export default defineConfig(async () => ({
  // Aliases instead of vite-tsconfig-paths, which cannot find the hoisted vite in npm workspaces.
  resolve: {
    alias: {
      '@payload-config': path.resolve(dirname, 'src/payload.config.ts'),
      '@': path.resolve(dirname, 'src'),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.int.spec.ts'],
    // Fixed values, whatever the shell says: the tests sign and check with them.
    env: {
      STOREFRONT_URL: `http://127.0.0.1:${Number(process.env.REVALIDATE_TEST_PORT) || (await freePort())}`,
      REVALIDATE_SECRET: 'test-revalidate-secret',
      PREVIEW_SECRET: 'test-preview-secret',
    },
    // getPayload caches one instance per process and every file shares the database.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}))
