import { generateKeyPairSync } from "node:crypto"
import { parseOptions } from "../options"

const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString()
const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString()

describe("parseOptions", () => {
  it("applies the defaults and ignores the keys Medusa adds", () => {
    expect(parseOptions({ api_key: "key", database: {} })).toEqual({
      api_key: "key",
      base_url: "https://api.lexware.io",
      rate_per_second: 2,
      timeout_ms: 10000,
      max_attempts: 8,
      trigger: "order.placed",
      unit_name: "Stück",
    })
  })

  it("takes every option", () => {
    const options = {
      api_key: "key",
      base_url: "http://127.0.0.1:4020",
      rate_per_second: 1.5,
      timeout_ms: 300,
      max_attempts: 3,
      redis_url: "redis://127.0.0.1:6379/2",
      trigger: "payment.captured",
      webhook_public_key: publicPem,
      webhook_url: "https://shop.example.com/hooks/lexoffice",
      unit_name: "pcs",
    }
    expect(parseOptions(options)).toEqual(options)
  })

  it("drops the trailing slash of the base URL", () => {
    expect(parseOptions({ api_key: "key", base_url: "http://127.0.0.1:4020/" }).base_url).toBe("http://127.0.0.1:4020")
  })

  it("names the missing API key in one line", () => {
    expect(() => parseOptions(undefined)).toThrow(/^@agora\/accounting-lexoffice: invalid options: api_key: Required$/)
    expect(() => parseOptions({ api_key: " " })).toThrow("@agora/accounting-lexoffice: invalid options: api_key: must not be empty")
  })

  it("names the bad option", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ api_key: 42 }, "api_key: must be a string"],
      [{ base_url: "api.lexware.io" }, "base_url: must be an http(s) URL"],
      [{ rate_per_second: 0 }, "rate_per_second:"],
      [{ timeout_ms: 1.5 }, "timeout_ms:"],
      [{ max_attempts: 0 }, "max_attempts:"],
      [{ redis_url: "http://127.0.0.1:6379" }, "redis_url: must be a redis:// or rediss:// URL"],
      [{ trigger: "order.completed" }, "trigger:"],
      [{ webhook_public_key: "not a key" }, "webhook_public_key: must be a PEM public key"],
      [{ webhook_public_key: privatePem }, "webhook_public_key: must be a PEM public key"],
      [{ webhook_url: "/hooks/lexoffice" }, "webhook_url: must be an http(s) URL"],
      [{ unit_name: "" }, "unit_name:"],
    ]
    for (const [bad, expected] of cases) {
      const error = (() => {
        try {
          parseOptions({ api_key: "key", ...bad })
        } catch (e) {
          return (e as Error).message
        }
      })()
      expect(error).toMatch(/^@agora\/accounting-lexoffice: invalid options: /)
      expect(error).toContain(expected)
      expect(error).not.toContain("\n")
    }
  })
})
