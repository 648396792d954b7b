import { hosts, parseOptions } from "../options"

const credentials = { client_id: "id", client_secret: "secret", merchant_id: "merchant", api_key: "key" }

describe("parseOptions", () => {
  it("applies the defaults and ignores the keys Medusa adds", () => {
    expect(parseOptions({ ...credentials, database: {} })).toEqual({
      ...credentials,
      environment: "demo",
      preauth: false,
      payment_timeout: 1800,
      timeout_ms: 10000,
      provider_id: "vivawallet",
    })
  })

  it("takes every option", () => {
    const options = {
      ...credentials,
      source_code: "1234",
      environment: "http://127.0.0.1:4010",
      preauth: true,
      payment_timeout: 600,
      timeout_ms: 300,
      provider_id: "viva-eu",
    }
    expect(parseOptions(options)).toEqual(options)
    expect(parseOptions({ ...credentials, source_code: "Default", environment: "live" })).toMatchObject({ source_code: "Default", environment: "live" })
  })

  it("names every missing credential in one line", () => {
    expect(() => parseOptions(undefined)).toThrow(
      "@agora/payment-vivawallet: invalid options: client_id: Required; client_secret: Required; merchant_id: Required; api_key: Required"
    )
    expect(() => parseOptions({ ...credentials, api_key: "  " })).toThrow("@agora/payment-vivawallet: invalid options: api_key: must not be empty")
  })

  it("names the bad option", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ client_id: 42 }, "client_id: must be a string"],
      [{ source_code: "12345" }, 'source_code: must be 4 digits or "Default"'],
      [{ environment: "production" }, 'environment: must be "demo", "live" or an http(s) base URL'],
      [{ environment: "ftp://example.com" }, "environment:"],
      [{ preauth: "yes" }, "preauth:"],
      [{ payment_timeout: -1 }, "payment_timeout:"],
      [{ timeout_ms: 1.5 }, "timeout_ms:"],
    ]
    for (const [bad, expected] of cases) {
      const error = (() => {
        try {
          parseOptions({ ...credentials, ...bad })
        } catch (e) {
          return (e as Error).message
        }
      })()
      expect(error).toMatch(/^@agora\/payment-vivawallet: invalid options: /)
      expect(error).toContain(expected)
      expect(error).not.toContain("\n")
    }
  })
})

describe("hosts", () => {
  it("knows Viva's demo and live hosts", () => {
    expect(hosts("demo")).toEqual({
      accounts: "https://demo-accounts.vivapayments.com",
      api: "https://demo-api.vivapayments.com",
      www: "https://demo.vivapayments.com",
    })
    expect(hosts("live")).toEqual({
      accounts: "https://accounts.vivapayments.com",
      api: "https://api.vivapayments.com",
      www: "https://www.vivapayments.com",
    })
  })

  it("uses one base URL for every host", () => {
    const base = "http://127.0.0.1:4010"
    expect(hosts(`${base}/`)).toEqual({ accounts: base, api: base, www: base })
  })
})
