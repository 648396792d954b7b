// The CMS configuration, read from the environment once. A missing or malformed value stops the
// process with one line naming the variable.

export type Env = {
  databaseUrl: string
  payloadSecret: string
  serverUrl: string
  storefrontUrl: string
  // Where the CMS's server reaches the storefront (revalidation calls); storefrontUrl by default.
  storefrontInternalUrl: string
  // Optional: without it the CMS does not tell the storefront to revalidate its cached content.
  revalidateSecret?: string
  // Optional: without it drafts cannot be previewed on the storefront.
  previewSecret?: string
}

// `next build` evaluates the Payload config while it collects route data, but never connects to the
// database or signs a token with the secret. The build runs before PostgreSQL is up (in `npm start`)
// or without any database (in CI), so during that phase the required values may be absent. Values
// that are present are still checked, and the running server always gets the strict check.
const building = process.env.NEXT_PHASE === 'phase-production-build'

function fail(message: string): never {
  console.error(`Invalid environment: ${message}`)
  process.exit(1)
}

function read(name: string, fallback?: string): string {
  const value = process.env[name]?.trim() || fallback
  if (value) return value
  if (building) return ''
  return fail(`${name} is required`)
}

function protocolOf(value: string): string | undefined {
  try {
    return new URL(value).protocol
  } catch {
    return undefined
  }
}

function readUrl(name: string, protocols: string[], fallback?: string): string {
  const value = read(name, fallback)
  if (value && !protocols.includes(protocolOf(value) ?? '')) {
    fail(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  }
  return value
}

// Payload compares CORS and CSRF entries with the request's Origin header, which has no trailing slash.
const origin = (url: string) => (url ? new URL(url).origin : url)

// Optional secrets: an empty value counts as unset.
const optional = (name: string) => process.env[name]?.trim() || undefined

export const env: Env = {
  databaseUrl: readUrl('DATABASE_URL', ['postgres:', 'postgresql:']),
  payloadSecret: read('PAYLOAD_SECRET'),
  serverUrl: origin(readUrl('SERVER_URL', ['http:', 'https:'], 'http://localhost:3001')),
  storefrontUrl: origin(readUrl('STOREFRONT_URL', ['http:', 'https:'], 'http://localhost:8000')),
  storefrontInternalUrl: origin(
    readUrl('STOREFRONT_INTERNAL_URL', ['http:', 'https:'], process.env.STOREFRONT_URL?.trim() || 'http://localhost:8000'),
  ),
  revalidateSecret: optional('REVALIDATE_SECRET'),
  previewSecret: optional('PREVIEW_SECRET'),
}
