import { Modules } from "@medusajs/framework/utils"

type ModuleConfig = { resolve: string; options?: { providers?: { resolve: string; id?: string; options?: unknown }[] } }
type Config = {
  modules: Record<string, ModuleConfig>
  plugins: { resolve: string; options?: unknown }[]
  featureFlags: Record<string, boolean>
}

/** Loads medusa-config.ts afresh with the given environment. */
function loadConfig(env: Record<string, string | undefined>): Config {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name]
  try {
    let config: Config | undefined
    jest.isolateModules(() => {
      config = jest.requireActual<Config>("../../medusa-config")
    })
    return config!
  } finally {
    process.env = saved
  }
}

const database = { DATABASE_URL: "postgres://localhost/agora" }

describe("medusa-config", () => {
  it("runs the event bus, workflow engine, locking and caching on Redis when REDIS_URL is set", () => {
    const { modules, featureFlags } = loadConfig({ ...database, REDIS_URL: "redis://127.0.0.1:6379" })

    expect(modules[Modules.EVENT_BUS].resolve).toEqual("@medusajs/medusa/event-bus-redis")
    expect(modules[Modules.WORKFLOW_ENGINE].resolve).toEqual("@medusajs/medusa/workflow-engine-redis")
    expect(modules[Modules.LOCKING].options?.providers?.map((p) => p.resolve)).toEqual([
      "@medusajs/medusa/locking-redis",
    ])
    expect(modules[Modules.CACHING].options?.providers?.map((p) => p.resolve)).toEqual([
      "@medusajs/medusa/caching-redis",
    ])
    expect(featureFlags.caching).toBe(true)
  })

  it("keeps Medusa's in-process modules without REDIS_URL", () => {
    const { modules, featureFlags } = loadConfig({ ...database, REDIS_URL: undefined })

    expect(modules[Modules.EVENT_BUS].resolve).toEqual("@medusajs/medusa/event-bus-local")
    expect(modules[Modules.WORKFLOW_ENGINE].resolve).toEqual("@medusajs/medusa/workflow-engine-inmemory")
    expect(modules[Modules.LOCKING].options?.providers).toBeUndefined()
    expect(modules[Modules.CACHING]).toBeUndefined()
    expect(featureFlags.caching).toBe(false)
  })

  it("offers Viva Wallet (provider and webhook plugin, same options) and Stripe only when configured", () => {
    const none = loadConfig({ ...database, VIVA_CLIENT_ID: undefined, STRIPE_API_KEY: undefined })
    expect(none.modules[Modules.PAYMENT].options?.providers).toEqual([])
    expect(none.plugins.map((p) => p.resolve)).not.toContain("@agora/payment-vivawallet")

    const both = loadConfig({
      ...database,
      VIVA_CLIENT_ID: "client",
      VIVA_CLIENT_SECRET: "secret",
      VIVA_MERCHANT_ID: "merchant",
      VIVA_API_KEY: "key",
      VIVA_ENVIRONMENT: "http://127.0.0.1:4010",
      STRIPE_API_KEY: "sk_test_1",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
    })
    const providers = both.modules[Modules.PAYMENT].options?.providers ?? []
    expect(providers.map((p) => `${p.resolve}#${p.id}`)).toEqual([
      "@agora/payment-vivawallet/providers/vivawallet#vivawallet",
      "@medusajs/medusa/payment-stripe#stripe",
    ])
    const plugin = both.plugins.find((p) => p.resolve === "@agora/payment-vivawallet")
    expect(plugin?.options).toEqual(providers[0].options)
    expect(providers[0].options).toEqual(expect.objectContaining({ client_id: "client", environment: "http://127.0.0.1:4010" }))
  })

  it("registers the Lexoffice plugin only with an API key, its webhook key's \\n turned into line breaks", () => {
    expect(loadConfig({ ...database, LEXOFFICE_API_KEY: undefined }).plugins.map((p) => p.resolve)).not.toContain("@agora/accounting-lexoffice")
    const { plugins } = loadConfig({
      ...database,
      LEXOFFICE_API_KEY: "key",
      LEXOFFICE_BASE_URL: "http://127.0.0.1:4020",
      LEXOFFICE_WEBHOOK_PUBLIC_KEY: "-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----",
    })
    expect(plugins.find((p) => p.resolve === "@agora/accounting-lexoffice")?.options).toEqual(
      expect.objectContaining({
        api_key: "key",
        base_url: "http://127.0.0.1:4020",
        webhook_public_key: "-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----",
        trigger: "order.placed",
      })
    )
  })
})
