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

export default defineConfig({
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
    // getPayload caches one instance per process and every file shares the database.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
