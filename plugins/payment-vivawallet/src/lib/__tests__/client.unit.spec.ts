import { FakeViva, startFakeViva } from "@agora/fakes/viva-wallet"
import { VivaClient } from "../client"
import { parseOptions } from "../options"

let viva: FakeViva

beforeAll(async () => {
  viva = await startFakeViva({ webhookKey: "WEBHOOK-KEY", tokenTtlSeconds: 2 })
})

afterAll(() => viva.close())

const client = (environment = viva.url) =>
  new VivaClient(
    parseOptions({ client_id: "fake-client-id", client_secret: "fake-client-secret", merchant_id: "fake-merchant-id", api_key: "fake-api-key", environment })
  )

const count = (start: number, method: string, path: string) =>
  viva.requests.slice(start).filter((r) => r.method === method && r.path === path).length

describe("VivaClient", () => {
  it("keeps order codes as strings and points at the checkout page", async () => {
    const api = client()
    const orderCode = await api.createOrder({ amount: 1250, merchantTrns: "payses_1" })
    expect(orderCode).toMatch(/^\d{16}$/)
    expect(viva.orders.has(orderCode)).toBe(true)
    expect((await api.order(orderCode)).OrderCode).toBe(orderCode)
    expect(api.checkoutUrl(orderCode)).toBe(`${viva.url}/web/checkout?ref=${orderCode}`)
  })

  it("fetches the webhook key once", async () => {
    const api = client()
    const start = viva.requests.length
    expect(await Promise.all([api.webhookKey(), api.webhookKey()])).toEqual(["WEBHOOK-KEY", "WEBHOOK-KEY"])
    expect(await api.webhookKey()).toBe("WEBHOOK-KEY")
    expect(count(start, "GET", "/api/messages/config/token")).toBe(1)
  })

  it("fetches the webhook key again after a failure", async () => {
    const api = client()
    viva.fail({ path: "/api/messages/config/token", status: 500, times: 2 })
    await expect(api.webhookKey()).rejects.toThrow("failed with HTTP 500")
    expect(await api.webhookKey()).toBe("WEBHOOK-KEY")
  })

  it("renews the token before it expires", async () => {
    const api = client()
    const start = viva.requests.length
    await api.createOrder({ amount: 100 })
    await api.createOrder({ amount: 100 })
    expect(count(start, "POST", "/connect/token")).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await api.createOrder({ amount: 100 })
    expect(count(start, "POST", "/connect/token")).toBe(2)
    expect(viva.requests.slice(start).filter((r) => r.status === 401)).toEqual([])
  })

  it("says when Viva cannot be reached", async () => {
    const closed = await startFakeViva()
    await closed.close()
    await expect(client(closed.url).createOrder({ amount: 100 })).rejects.toThrow(/^Viva Wallet: POST \/connect\/token failed: .*ECONNREFUSED/)
  })
})
