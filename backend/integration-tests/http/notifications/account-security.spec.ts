import { FakeSmtp, startFakeSmtp } from "@agora/fakes/smtp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, failure, signInAdmin } from "../../helpers/marketplace"
import { explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(180_000)

const STOREFRONT = "http://shop.test"
const PASSWORD = "correct-horse-battery"
let mail: FakeSmtp

// Medusa reads its config in the runner's beforeAll, after this one: e-mail goes to the fake SMTP server, and a
// verification link lives two hours.
beforeAll(async () => {
  mail = await startFakeSmtp()
  Object.assign(process.env, { SMTP_URL: mail.smtpUrl, STOREFRONT_URL: STOREFRONT, EMAIL_VERIFICATION_TTL_HOURS: "2" })
})
afterAll(async () => {
  for (const name of ["SMTP_URL", "STOREFRONT_URL", "EMAIL_VERIFICATION_TTL_HOURS"]) delete process.env[name]
  await mail.close()
})

/** The one e-mail of a type sent to an address, once it has arrived. */
async function mailTo(to: string, type: string) {
  return eventually(async () => {
    const messages = mail.messages().filter((m) => m.to.includes(to) && m.headers["x-agora-notification"] === type)
    return messages.length === 1 && messages[0]
  })
}
/** The link in an e-mail's text that starts with `prefix`. */
const linkIn = (text: string | null, prefix: string) => new URL(text!.match(new RegExp(`${prefix.replace(/[.?]/g, "\\$&")}\\S+`))![0])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    const ok = explained(api)

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })
    beforeEach(() => mail.clear())

    const register = async (email: string, locale: string) => {
      const { data: registered } = await ok.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      const created = { headers: { ...shop.headers, authorization: `Bearer ${registered.token}` } }
      await ok.post("/store/customers", { email, first_name: "Maria", last_name: "Papa", metadata: { locale } }, created)
      const { data: login } = await ok.post("/auth/customer/emailpass", { email, password: PASSWORD })
      return { headers: { ...shop.headers, authorization: `Bearer ${login.token}` } }
    }

    it("verifies a new customer's e-mail with a link that works once, and only then lets the customer post", async () => {
      const maria = await register("maria@example.gr", "el")
      const email = await mailTo("maria@example.gr", "email_verification")
      expect(email.headers["content-language"]).toEqual("el")
      const link = linkIn(email.text, `${STOREFRONT}/el/verify-email?code=`)
      const code = link.searchParams.get("code")!

      // Unverified: shopping yes, posting and commenting no.
      expect((await ok.get("/store/customers/me/email-verification", { headers: maria.headers })).data).toEqual({ email: "maria@example.gr", verified: false })
      const refused = await failure(api.post("/store/posts", { caption: "Hello", image_ids: [] }, { headers: maria.headers }))
      expect(refused.status).toEqual(403)
      expect(refused.data.message).toMatch(/verify your e-mail/i)

      // The link's code confirms once.
      const { data: confirmed } = await ok.post("/auth/verification/confirm", { code }, { headers: shop.headers })
      expect(confirmed).toEqual(expect.objectContaining({ entity_id: "maria@example.gr", entity_type: "email", verified_at: expect.any(String) }))
      const again = await failure(api.post("/auth/verification/confirm", { code }, { headers: shop.headers }))
      expect(again.status).toEqual(400)
      expect(again.data.message).toMatch(/already used/)
      expect((await ok.get("/store/customers/me/email-verification", { headers: maria.headers })).data.verified).toEqual(true)
      const allowed = await failure(api.post("/store/posts", { caption: "Hello" }, { headers: maria.headers }))
      expect(allowed.status).toEqual(400) // past the gate: the body is what is wrong now
    })

    it("lets a verification link expire, and a new one replaces it", async () => {
      const nikos = await register("nikos@example.gr", "en")
      const first = linkIn((await mailTo("nikos@example.gr", "email_verification")).text, `${STOREFRONT}/en/verify-email?code=`)
      // Three hours later (links live two here).
      await dbConnection.raw(`update auth_verification set requested_at = now() - interval '3 hours' where entity_id = 'nikos@example.gr'`)
      const expired = await failure(api.post("/auth/verification/confirm", { code: first.searchParams.get("code") }, { headers: shop.headers }))
      expect(expired.status).toEqual(400)
      expect(expired.data.message).toMatch(/expired/)

      mail.clear()
      await ok.post("/auth/verification/request", { entity_id: "nikos@example.gr", entity_type: "email", metadata: { locale: "de" } }, nikos)
      // In the account's language, whatever the request says.
      const second = linkIn((await mailTo("nikos@example.gr", "email_verification")).text, `${STOREFRONT}/en/verify-email?code=`)
      await ok.post("/auth/verification/confirm", { code: second.searchParams.get("code") }, { headers: shop.headers })
      expect((await ok.get("/store/customers/me/email-verification", { headers: nikos.headers })).data.verified).toEqual(true)
      // Asking for a link for someone else's address mails nothing.
      mail.clear()
      await ok.post("/auth/verification/request", { entity_id: "victim@example.com", entity_type: "email" }, nikos)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(mail.messages()).toEqual([])
    })

    it("approves a seller only once its e-mail is verified", async () => {
      const admin = await signInAdmin(api)
      const sellerEmail = "kafeneio@sellers.example"
      const { data: registered } = await ok.post("/auth/seller/emailpass/register", { email: sellerEmail, password: PASSWORD })
      const { data: created } = await ok.post(
        "/vendor/sellers",
        { handle: "kafeneio", name: "Kafeneio", email: sellerEmail, country_code: "gr", locale: "de" },
        { headers: { authorization: `Bearer ${registered.token}` } }
      )
      const { data: refreshed } = await ok.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${registered.token}` } })
      const seller = { authorization: `Bearer ${refreshed.token}` }
      expect((await ok.get("/vendor/sellers/me", { headers: seller })).data.seller.email_verified).toEqual(false)

      const refused = await failure(api.post(`/admin/sellers/${created.seller.id}/approve`, {}, { headers: admin.headers }))
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toEqual("The seller has not verified its e-mail address yet")

      const link = linkIn((await mailTo(sellerEmail, "email_verification")).text, `${STOREFRONT}/de/sell/verify-email?code=`)
      await ok.post("/auth/verification/confirm", { code: link.searchParams.get("code") })
      expect((await ok.get("/vendor/sellers/me", { headers: seller })).data.seller.email_verified).toEqual(true)
      await ok.post(`/admin/sellers/${created.seller.id}/approve`, {}, { headers: admin.headers })
      expect((await ok.get("/vendor/sellers/me", { headers: seller })).data.seller.status).toEqual("approved")
    })

    it("resets a password through the e-mailed link and ends the sessions from before", async () => {
      const eva = await register("eva@example.de", "de")
      const { data: other } = await ok.post("/auth/customer/emailpass", { email: "eva@example.de", password: PASSWORD })
      const oldToken = { headers: { ...shop.headers, authorization: `Bearer ${other.token}` } }

      await ok.post("/auth/customer/emailpass/reset-password", { identifier: "eva@example.de", metadata: { locale: "de" } })
      const email = await mailTo("eva@example.de", "password_reset")
      const link = linkIn(email.text, `${STOREFRONT}/de/account/reset-password?token=`)
      expect(link.searchParams.get("email")).toEqual("eva@example.de")
      // The stored notification keeps no usable link.
      const [stored] = await getContainer().resolve("notification").listNotifications({ to: "eva@example.de", template: "password_reset" })
      expect(JSON.stringify(stored.data)).not.toContain(link.searchParams.get("token")!)

      // An unknown address gets the same answer and no e-mail.
      await ok.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.de" })

      const reset = { authorization: `Bearer ${link.searchParams.get("token")}` }
      await ok.post("/auth/customer/emailpass/update", { email: "eva@example.de", password: "a-new-long-passphrase" }, { headers: reset })

      // Both earlier tokens are refused; the old password no longer signs in; the new one does.
      for (const before of [eva, oldToken]) {
        const ended = await failure(api.get("/store/customers/me", { headers: before.headers }))
        expect(ended.status).toEqual(401)
      }
      const refresh = await failure(api.post("/auth/token/refresh", {}, { headers: { authorization: oldToken.headers.authorization } }))
      expect(refresh.status).toEqual(401)
      // At once: tokens count whole seconds, and a sign-in right after the reset must not fall in its second.
      const oldPassword = await failure(api.post("/auth/customer/emailpass", { email: "eva@example.de", password: PASSWORD }))
      expect(oldPassword.status).toEqual(401)
      const { data: fresh } = await ok.post("/auth/customer/emailpass", { email: "eva@example.de", password: "a-new-long-passphrase" })
      const { data: me } = await ok.get("/store/customers/me", { headers: { ...shop.headers, authorization: `Bearer ${fresh.token}` } })
      expect(me.customer.email).toEqual("eva@example.de")
      // The reset link works once.
      const reused = await failure(api.post("/auth/customer/emailpass/update", { email: "eva@example.de", password: "yet-another-passphrase" }, { headers: reset }))
      expect(reused.status).toEqual(401)
      expect(mail.messages().filter((m) => m.to.includes("nobody@example.de"))).toEqual([])
    })
  },
})
