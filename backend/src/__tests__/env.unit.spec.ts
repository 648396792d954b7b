import { readEnv } from "../env"

/** readEnv stops the process on bad input; capture the exit and the line it printed instead. */
function readEnvFailure(source: NodeJS.ProcessEnv): string {
  const error = jest.spyOn(console, "error").mockImplementation(() => {})
  const exit = jest.spyOn(process, "exit").mockImplementation(() => {
    throw new Error("exit")
  })
  try {
    expect(() => readEnv(source)).toThrow("exit")
    expect(exit).toHaveBeenCalledWith(1)
    expect(error).toHaveBeenCalledTimes(1)
    return String(error.mock.calls[0][0])
  } finally {
    error.mockRestore()
    exit.mockRestore()
  }
}

describe("readEnv", () => {
  it("applies development defaults", () => {
    const env = readEnv({ DATABASE_URL: "postgres://localhost/agora" })

    expect(env).toEqual(
      expect.objectContaining({
        MEDUSA_WORKER_MODE: "shared",
        MEDUSA_BACKEND_URL: "http://localhost:9000",
        STORE_CORS: "http://localhost:8000",
        DISABLE_ADMIN: false,
      })
    )
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("names a malformed variable in one line", () => {
    const line = readEnvFailure({ DATABASE_URL: "postgres://localhost/agora", REDIS_URL: "not a url" })

    expect(line).toMatch(/^\[backend\] environment variable REDIS_URL is invalid/)
  })

  it("rejects an unknown worker mode", () => {
    const line = readEnvFailure({ DATABASE_URL: "postgres://localhost/agora", MEDUSA_WORKER_MODE: "both" })

    expect(line).toMatch(/MEDUSA_WORKER_MODE is invalid/)
  })

  it("rejects CORS values that are not origins", () => {
    const line = readEnvFailure({ DATABASE_URL: "postgres://localhost/agora", STORE_CORS: "localhost:8000" })

    expect(line).toMatch(/STORE_CORS is invalid: expected comma-separated http\(s\) origins/)
  })

  it("asks for the rest of a payment provider's credentials once one is set", () => {
    const base = { DATABASE_URL: "postgres://localhost/agora" }
    expect(readEnvFailure({ ...base, VIVA_CLIENT_ID: "id", VIVA_CLIENT_SECRET: "secret", VIVA_MERCHANT_ID: "m" })).toMatch(
      /^\[backend\] environment variable VIVA_API_KEY is required with VIVA_CLIENT_ID/
    )
    expect(readEnvFailure({ ...base, STRIPE_API_KEY: "sk_test_1" })).toMatch(/STRIPE_WEBHOOK_SECRET is required with STRIPE_API_KEY/)
    expect(readEnvFailure({ ...base, VIVA_ENVIRONMENT: "sandbox" })).toMatch(/VIVA_ENVIRONMENT is invalid/)
    const viva = readEnv({ ...base, VIVA_CLIENT_ID: "id", VIVA_CLIENT_SECRET: "s", VIVA_MERCHANT_ID: "m", VIVA_API_KEY: "k" })
    expect(viva.VIVA_ENVIRONMENT).toEqual("demo")
    // Listed but empty (.env.example, docker-compose.yml) is not configured.
    expect(readEnv({ ...base, VIVA_CLIENT_ID: "", VIVA_SOURCE_CODE: " ", STRIPE_API_KEY: "", LEXOFFICE_API_KEY: "", LEXOFFICE_WEBHOOK_URL: "" })).toEqual(
      expect.objectContaining({ VIVA_CLIENT_ID: undefined, VIVA_SOURCE_CODE: undefined, STRIPE_API_KEY: undefined, LEXOFFICE_API_KEY: undefined })
    )
    expect(readEnvFailure({ ...base, LEXOFFICE_WEBHOOK_URL: "not a url" })).toMatch(/LEXOFFICE_WEBHOOK_URL is invalid/)
  })

  it("reads feed settings, with defaults and partial ranking weights", () => {
    const defaults = readEnv({ DATABASE_URL: "postgres://localhost/agora" })
    expect(defaults).toEqual(
      expect.objectContaining({ FEED_TIMELINE_CAP: 800, FEED_FANOUT_THRESHOLD: 10_000, FEED_FANOUT_BATCH: 1_000, FEED_WEIGHTS: {} })
    )
    const set = readEnv({ DATABASE_URL: "postgres://localhost/agora", FEED_WEIGHTS: "like=2,purchase=12.5", FEED_HALF_LIFE_HOURS: "6" })
    expect(set).toEqual(expect.objectContaining({ FEED_WEIGHTS: { like: 2, purchase: 12.5 }, FEED_HALF_LIFE_HOURS: 6 }))
  })

  it("rejects ranking weights it cannot read", () => {
    const line = readEnvFailure({ DATABASE_URL: "postgres://localhost/agora", FEED_WEIGHTS: "likes=1" })

    expect(line).toMatch(/FEED_WEIGHTS is invalid: expected e.g. "like=1,comment=2,product_click=3,purchase=8"/)
  })
})
