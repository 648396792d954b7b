import { describe, expect, it } from "vitest"

import { ConfigError, parseConfig } from "./config"

const key = "pk_0123456789abcdef"

describe("parseConfig", () => {
  it("applies the defaults", () => {
    expect(parseConfig({ MEDUSA_PUBLISHABLE_KEY: key })).toEqual({
      medusaBackendUrl: "http://localhost:9000",
      medusaPublishableKey: key,
      cmsUrl: "http://localhost:3001",
      cmsPublicUrl: "http://localhost:3001",
      revalidateSecret: undefined,
      previewSecret: undefined,
      storefrontUrl: "http://localhost:8000",
    })
  })

  it("reads the optional CMS secrets, treating blank as unset", () => {
    const config = parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, REVALIDATE_SECRET: " s3cret ", PREVIEW_SECRET: " " })
    expect(config.revalidateSecret).toBe("s3cret")
    expect(config.previewSecret).toBeUndefined()
  })

  it("trims trailing slashes from URLs", () => {
    const config = parseConfig({
      MEDUSA_PUBLISHABLE_KEY: key,
      MEDUSA_BACKEND_URL: "https://api.example.com/",
      CMS_URL: "http://cms:3001//",
    })
    expect(config.medusaBackendUrl).toBe("https://api.example.com")
    expect(config.cmsUrl).toBe("http://cms:3001")
    expect(config.cmsPublicUrl).toBe("http://cms:3001")
  })

  it("lets browsers reach the CMS at another address than the server", () => {
    const config = parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, CMS_URL: "http://cms:3001", CMS_PUBLIC_URL: "https://cms.example.com/" })
    expect(config.cmsUrl).toBe("http://cms:3001")
    expect(config.cmsPublicUrl).toBe("https://cms.example.com")
  })

  it("reads the shop's public origin for canonical links and the sitemap", () => {
    const config = parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, STOREFRONT_URL: " https://shop.example.com/ " })
    expect(config.storefrontUrl).toBe("https://shop.example.com")
    expect(() => parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, STOREFRONT_URL: "shop.example.com" })).toThrow(
      /^STOREFRONT_URL must be an http\(s\) URL/
    )
    expect(() => parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, STOREFRONT_URL: "ftp://shop.example.com" })).toThrow(
      /^STOREFRONT_URL must be/
    )
  })

  it("names the missing publishable key", () => {
    expect(() => parseConfig({})).toThrow(ConfigError)
    expect(() => parseConfig({ MEDUSA_PUBLISHABLE_KEY: "  " })).toThrow(/^MEDUSA_PUBLISHABLE_KEY is required/)
  })

  it("rejects malformed values, naming the variable", () => {
    expect(() => parseConfig({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(/^MEDUSA_PUBLISHABLE_KEY must be/)
    expect(() => parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, MEDUSA_BACKEND_URL: "localhost:9000" })).toThrow(
      /^MEDUSA_BACKEND_URL must be an http\(s\) URL/
    )
    expect(() => parseConfig({ MEDUSA_PUBLISHABLE_KEY: key, CMS_URL: "not a url" })).toThrow(/^CMS_URL must be/)
  })
})
