import { FakeViva, startFakeViva } from "@agora/fakes/viva-wallet"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { alertOnFailure } from "../../../src/workflows/alert"
import { eventually, failure } from "../../helpers/marketplace"

jest.setTimeout(300_000)

const MAX_PER_MINUTE = 4
const credentials = { clientId: "agora-client", clientSecret: "agora-secret", merchantId: "agora-merchant", apiKey: "agora-key" }
const env = {
  ALERT_DEDUP_SECONDS: "600",
  ALERT_MAX_PER_MINUTE: String(MAX_PER_MINUTE),
  VIVA_CLIENT_ID: credentials.clientId,
  VIVA_CLIENT_SECRET: credentials.clientSecret,
  VIVA_MERCHANT_ID: credentials.merchantId,
  VIVA_API_KEY: credentials.apiKey,
  // The Lexoffice plugin is registered for its sync records; nothing here reaches Lexoffice.
  LEXOFFICE_API_KEY: "agora-lexoffice-key",
  LEXOFFICE_BASE_URL: "http://127.0.0.1:9",
}

/** What the fake Slack webhook received, in order. */
const received: { path: string; body: any }[] = []
let receiver: Server
let viva: FakeViva

// Medusa reads its config in the runner's beforeAll, after this one: alerts go to the receiver, Viva to its fake.
beforeAll(async () => {
  // With Redis the alert counters outlive a spec file: an earlier file's alerts must not count in this minute.
  if (process.env.REDIS_URL) {
    const redis = new Redis(process.env.REDIS_URL)
    const keys = await redis.keys("agora:rl:alert:*")
    if (keys.length) await redis.del(...keys)
    await redis.quit()
  }
  receiver = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ path: req.url ?? "", body: JSON.parse(body) })
      res.writeHead(200).end("ok")
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  viva = await startFakeViva({ ...credentials, webhookKey: "agora-webhook-key" })
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/services/T000/B000/agora`
  Object.assign(process.env, env, { ALERT_WEBHOOK_URL: webhookUrl, VIVA_ENVIRONMENT: viva.url })
})

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve))
  await viva.close()
  for (const name of [...Object.keys(env), "ALERT_WEBHOOK_URL", "VIVA_ENVIRONMENT"]) delete process.env[name]
})

/** Waits for `count` alerts in all, then long enough for any more to have arrived; returns the texts. */
async function alerts(count: number) {
  await eventually(async () => received.length >= count)
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  return received.map((r) => r.body.text as string)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const emit = (events: { name: string; data: object }[]) => getContainer().resolve(Modules.EVENT_BUS).emit(events)

    // The tests share the minute of the cap: they run in order, well within a minute of the first alert.
    it("sends 50 identical failures within a minute as one alert, naming the record, the order and the error", async () => {
      const lexoffice = getContainer().resolve("lexoffice") as { createLexofficeSyncs(data: object): Promise<{ id: string }> }
      const sync = await lexoffice.createLexofficeSyncs({
        kind: "invoice",
        reference: "invoice:order_alert",
        order_id: "order_alert",
        status: "dead",
        attempts: 8,
        last_error: "Lexoffice: POST /v1/invoices failed with HTTP 503",
      })
      await emit(Array.from({ length: 50 }, () => ({ name: "lexoffice.sync.dead", data: { id: sync.id, order_id: "order_alert", kind: "invoice" } })))

      expect(await alerts(1)).toEqual([
        `Lexoffice: invoice sync ${sync.id} for order order_alert is dead after 8 attempts: Lexoffice: POST /v1/invoices failed with HTTP 503`,
      ])
      expect(received[0].path).toEqual("/services/T000/B000/agora")
    })

    it("alerts once for a Viva webhook message that keeps failing, and answers Viva 500 each time", async () => {
      // Viva cannot be asked about the transaction (each read is tried twice).
      viva.fail({ method: "GET", path: "/checkout/v2/transactions/*", status: 503, times: 6 })
      const delivery = {
        MessageId: "c6b0a7a4-5a43-4d3b-9a55-000000000001",
        EventTypeId: 1796,
        EventData: { TransactionId: "b1a6e0f4-0000-4000-8000-000000000001", OrderCode: "1234567890123456", StatusId: "F", Amount: 12.5, CurrencyCode: "978" },
      }
      const answers = []
      for (let i = 0; i < 3; i++) answers.push(await failure(api.post("/hooks/vivawallet", delivery)))
      expect(answers.map((a) => a.status)).toEqual([500, 500, 500])

      const texts = await alerts(2)
      expect(texts).toHaveLength(2)
      expect(texts[1]).toEqual(
        "Viva Wallet: webhook message c6b0a7a4-5a43-4d3b-9a55-000000000001 (event 1796) failed (the error is in the backend log); Viva delivers it again within the hour"
      )
    })

    it("alerts when a scheduled job throws, and throws the job's error again", async () => {
      const job = alertOnFailure("nightly-check", async () => {
        throw new Error("database unreachable")
      })
      await expect(job(getContainer())).rejects.toThrow("database unreachable")
      const texts = await alerts(3)
      expect(texts).toHaveLength(3)
      expect(texts[2]).toEqual("Scheduled job: nightly-check failed: database unreachable")
    })

    it(`sends at most ${MAX_PER_MINUTE} alerts a minute`, async () => {
      await emit(Array.from({ length: 10 }, (_, i) => ({ name: "lexoffice.sync.dead", data: { id: `lxs_burst_${i}`, order_id: `order_${i}`, kind: "credit_note" } })))
      const texts = await alerts(MAX_PER_MINUTE)
      expect(texts).toHaveLength(MAX_PER_MINUTE)
      // Without its record the alert still names the sync and the order.
      expect(texts[3]).toMatch(/^Lexoffice: credit note sync lxs_burst_\d for order order_\d is dead$/)
    })
  },
})
