import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { failure, registerSeller } from "../../helpers/marketplace"
import { Api, seedShop, Shop, signUpCustomer } from "../../helpers/store"

jest.setTimeout(300_000)

// Small limits, so that their thresholds show in a few requests; Medusa reads them when it boots.
const PER_IP = 20
const PER_ACCOUNT = 5
const LIMITS = { AUTH_RATE_LIMIT_PER_IP: String(PER_IP), AUTH_RATE_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT) }
Object.assign(process.env, LIMITS)
// With Redis the counters outlive a run: start from none, as the exact counts below assume.
beforeAll(async () => {
  if (!process.env.REDIS_URL) return
  const redis = new Redis(process.env.REDIS_URL)
  const keys = await redis.keys("agora:rl:*")
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})
afterAll(() => Object.keys(LIMITS).forEach((name) => delete process.env[name]))

const PASSWORD = "correct-horse-battery"

type Answer = Awaited<ReturnType<typeof failure>>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    // Medusa trusts one proxy: X-Forwarded-For names the client.
    const from = (ip: string, headers: Record<string, string> = {}) => ({ headers: { ...headers, "x-forwarded-for": ip } })
    const post = (path: string, body: object, ip: string, headers: Record<string, string> = {}) => failure((api as Api).post(path, body, from(ip, headers)))
    const signIn = (email: string, password: string, ip: string) => post("/auth/customer/emailpass", { email, password }, ip)
    const statuses = (answers: Answer[]) => answers.map((a) => a.status)

    /** A 429 in Medusa's error shape whose Retry-After (whole seconds) is at most `maxSeconds`; returns it. */
    function refused(answer: Answer, maxSeconds: number) {
      expect(answer.status).toEqual(429)
      const seconds = Number(answer.headers["retry-after"])
      expect(Number.isInteger(seconds)).toBe(true)
      expect(seconds).toBeGreaterThanOrEqual(1)
      expect(seconds).toBeLessThanOrEqual(maxSeconds)
      expect(answer.data).toEqual({ type: "not_allowed", message: `Too many attempts; try again in ${seconds} seconds.` })
      return seconds
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    it("refuses a client guessing one account's password after the threshold, while its owner signs in from elsewhere", async () => {
      await signUpCustomer(api, shop, { email: "eva@example.com" })
      const attacker = "203.0.113.7"
      const answers: Answer[] = []
      let owner: Answer | undefined
      for (let i = 0; i < 100; i++) {
        answers.push(await signIn(i % 2 ? "Eva@Example.com" : "eva@example.com", `guess-${i}`, attacker))
        if (i === 50) owner = await signIn("eva@example.com", PASSWORD, "198.51.100.9")
      }

      expect(statuses(answers)).toEqual([...Array(PER_ACCOUNT).fill(401), ...Array(100 - PER_ACCOUNT).fill(429)])
      // The first refusal is the account's (15 minutes), not the address's (a minute): PER_IP was not reached yet.
      expect(refused(answers[PER_ACCOUNT], 15 * 60)).toBeGreaterThan(60)
      for (const answer of answers.slice(PER_ACCOUNT)) refused(answer, 15 * 60)
      expect(owner?.status).toEqual(200)
      expect(owner?.data.token).toEqual(expect.any(String))
      // Refused before the password is checked: the right one does not get through from that client either.
      refused(await signIn("eva@example.com", PASSWORD, attacker), 15 * 60)
    })

    it("limits sign-ins from one address whatever the accounts, and not another address's", async () => {
      const client = "192.0.2.44"
      const answers: Answer[] = []
      for (let i = 0; i <= PER_IP; i++) answers.push(await signIn(`nobody-${i}@example.com`, "whatever-1", client))
      expect(statuses(answers)).toEqual([...Array(PER_IP).fill(401), 429])
      refused(answers[PER_IP], 60)
      expect((await signIn("nobody@example.com", "whatever-1", "192.0.2.45")).status).toEqual(401)
    })

    it("locks an account guessed at from many addresses after ten times the per-account limit", async () => {
      await signUpCustomer(api, shop, { email: "target@example.com" })
      const answers: Answer[] = []
      for (let client = 1; client <= 10; client++) {
        for (let i = 0; i < PER_ACCOUNT; i++) answers.push(await signIn("target@example.com", `guess-${i}`, `198.18.0.${client}`))
      }
      expect(statuses(answers)).toEqual(Array(10 * PER_ACCOUNT).fill(401))
      refused(await signIn("target@example.com", "guess-x", "198.18.0.11"), 15 * 60)
      refused(await signIn("target@example.com", PASSWORD, "198.18.0.12"), 15 * 60)
      // Another account is not affected.
      await signUpCustomer(api, shop, { email: "bystander@example.com" })
      expect((await signIn("bystander@example.com", PASSWORD, "198.18.0.11")).status).toEqual(200)
    })

    it("limits registrations per address", async () => {
      const client = "203.0.113.30"
      const answers: Answer[] = []
      for (let i = 0; i <= PER_IP; i++) answers.push(await post("/auth/customer/emailpass/register", { email: `new-${i}@example.com`, password: PASSWORD }, client))
      expect(statuses(answers)).toEqual([...Array(PER_IP).fill(200), 429])
      refused(answers[PER_IP], 60)
      const other = await post("/auth/customer/emailpass/register", { email: "elsewhere@example.com", password: PASSWORD }, "198.51.100.30")
      expect(other.status).toEqual(200)
    })

    it("limits password reset e-mails per account and reset requests per address", async () => {
      const reset = (identifier: string, ip: string) => post("/auth/customer/emailpass/reset-password", { identifier }, ip)
      const perAccount: Answer[] = []
      for (let i = 0; i < 6; i++) perAccount.push(await reset("reset@example.com", `203.0.113.${40 + i}`))
      expect(statuses(perAccount)).toEqual([201, 201, 201, 201, 201, 429])
      expect(refused(perAccount[5], 60 * 60)).toBeGreaterThan(15 * 60)
      expect((await reset("RESET@example.com", "198.51.100.40")).status).toEqual(429)

      const client = "203.0.113.50"
      const perIp: Answer[] = []
      for (let i = 0; i <= PER_IP; i++) perIp.push(await reset(`someone-${i}@example.com`, client))
      expect(statuses(perIp)).toEqual([...Array(PER_IP).fill(201), 429])
      // Setting the new password is the same kind of request.
      refused(await post("/auth/customer/emailpass/update", { password: "new-password-1" }, client, { authorization: "Bearer not-a-token" }), 60)
      expect((await reset("someone@example.com", "198.51.100.50")).status).toEqual(201)
      expect((await post("/auth/customer/emailpass/update", { password: "new-password-1" }, "198.51.100.50", { authorization: "Bearer x" })).status).toEqual(401)
    })

    // The verification routes answer for themselves; whatever they answer, the limits come first.
    it("limits verification links per address and resends per signed-in account", async () => {
      const confirm: Answer[] = []
      for (let i = 0; i <= PER_IP; i++) confirm.push(await post("/auth/verification/confirm", { code: `code-${i}` }, "203.0.113.60", shop.headers))
      expect(confirm.slice(0, PER_IP).map((a) => a.status)).not.toContain(429)
      refused(confirm[PER_IP], 60)

      const token = await signUpCustomer(api, shop, { email: "resend@example.com" })
      const customer = { ...shop.headers, authorization: `Bearer ${token}` }
      const resends: Answer[] = []
      const ask = (email: string) => ({ entity_id: email, entity_type: "email" })
      for (let i = 0; i < 4; i++) resends.push(await post("/auth/verification/request", ask("resend@example.com"), `203.0.113.${61 + i}`, customer))
      expect(resends.slice(0, 3).map((a) => a.status)).not.toContain(429)
      expect(refused(resends[3], 15 * 60)).toBeGreaterThan(60)
      const other = await signUpCustomer(api, shop, { email: "resend-other@example.com" })
      const otherResend = await post("/auth/verification/request", ask("resend-other@example.com"), "203.0.113.61", {
        ...shop.headers,
        authorization: `Bearer ${other}`,
      })
      expect(otherResend.status).not.toEqual(429)

      // A seller asks through the same route with its own token.
      const seller = await registerSeller(api, "resending-seller")
      const sellerResends: Answer[] = []
      for (let i = 0; i < 4; i++) sellerResends.push(await post("/auth/verification/request", ask(seller.email), `203.0.113.${70 + i}`, seller.headers))
      expect(sellerResends.slice(0, 3).map((a) => a.status)).not.toContain(429)
      refused(sellerResends[3], 15 * 60)
    })
  },
})
