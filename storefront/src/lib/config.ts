import "server-only"

import Medusa from "@medusajs/js-sdk"

export type Config = {
  medusaBackendUrl: string
  medusaPublishableKey: string
  /** Where the server reads the CMS's API. */
  cmsUrl: string
  /** Where browsers reach the CMS (media files, the live preview's messages); CMS_URL by default. */
  cmsPublicUrl: string
  /** Shared with the CMS: signs its revalidation calls. Unset: /api/revalidate refuses them. */
  revalidateSecret?: string
  /** Shared with the CMS: opens draft previews. Unset: /api/preview refuses. */
  previewSecret?: string
  /** The shop's public origin, for canonical links, the sitemap and robots.txt. */
  storefrontUrl: string
}

type Env = Record<string, string | undefined>

/** A missing or malformed variable; the message is one line naming it. */
export class ConfigError extends Error {
  override name = "ConfigError"
}

function url(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`)
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`)
  }
  return raw.replace(/\/+$/, "")
}

export function parseConfig(env: Env): Config {
  const medusaBackendUrl = url(env, "MEDUSA_BACKEND_URL", "http://localhost:9000")
  const cmsUrl = url(env, "CMS_URL", "http://localhost:3001")
  const medusaPublishableKey = env.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!medusaPublishableKey) {
    throw new ConfigError("MEDUSA_PUBLISHABLE_KEY is required: the publishable API key of the Medusa store")
  }
  if (!medusaPublishableKey.startsWith("pk_")) {
    throw new ConfigError('MEDUSA_PUBLISHABLE_KEY must be a publishable API key (starting with "pk_")')
  }
  return {
    medusaBackendUrl,
    medusaPublishableKey,
    cmsUrl,
    cmsPublicUrl: url(env, "CMS_PUBLIC_URL", cmsUrl),
    revalidateSecret: env.REVALIDATE_SECRET?.trim() || undefined,
    previewSecret: env.PREVIEW_SECRET?.trim() || undefined,
    storefrontUrl: url(env, "STOREFRONT_URL", "http://localhost:8000"),
  }
}

let config: Config | undefined
let sdk: Medusa | undefined

/**
 * Validated on first use rather than at import, so `next build` works without the variables;
 * src/instrumentation.ts also checks it once when the server starts.
 */
export function getConfig(): Config {
  config ??= parseConfig(process.env)
  return config
}

/** Validates at server start: a bad value ends the process with one line naming the variable. */
export function assertConfig(): void {
  try {
    getConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

/** The Medusa client; server-side only, since it carries the publishable key. */
export function getSdk(): Medusa {
  if (!sdk) {
    const { medusaBackendUrl, medusaPublishableKey } = getConfig()
    sdk = new Medusa({ baseUrl: medusaBackendUrl, publishableKey: medusaPublishableKey, debug: false })
  }
  return sdk
}
