import { escapeHtml } from "../escape"
import { LOCALES, NOTIFICATION_TYPES, type NotificationType, render } from ".."
import { samples } from "./samples"

const TYPES = Object.keys(NOTIFICATION_TYPES) as NotificationType[]
const OPTIONAL = TYPES.filter((type) => NOTIFICATION_TYPES[type].optional)
const TRANSACTIONAL = TYPES.filter((type) => !NOTIFICATION_TYPES[type].optional)
const data = samples()
const PREFERENCES = "https://agora.example/account/notifications"

describe("render", () => {
  describe.each(LOCALES)("in %s", (locale) => {
    it.each(TYPES)("renders %s completely, linking its url from the text, the html and the in-app item", (type) => {
      const r = render(type, locale, data[type])
      for (const part of ["subject", "text", "html", "title", "body", "url"] as const) expect(r[part].trim()).not.toEqual("")
      expect(r.url).toMatch(/^https:\/\/agora\.example\//)
      expect(r.text).toContain(r.url)
      expect(r.html).toContain(`href="${escapeHtml(r.url)}"`)
      expect(r.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`))
      expect(r.html).toContain("</html>")
      expect(r.body.length).toBeLessThanOrEqual(140)
      expect(r.title).not.toMatch(/\n/)
      expect(r.subject).not.toMatch(/\n/)
    })
  })

  it.each(TYPES)("writes %s in German and Greek, not English", (type) => {
    const [en, de, el] = LOCALES.map((locale) => render(type, locale, data[type]))
    expect(de.subject).not.toEqual(en.subject)
    expect(el.subject).not.toEqual(en.subject)
    expect(de.text).not.toEqual(en.text)
    expect(el.text).toMatch(/[α-ω]/)
  })

  it("links the primary action of each type to the page it is about", () => {
    expect(render("invoice_available", "en", data.invoice_available).url).toEqual(data.invoice_available.invoice_url)
    expect(render("new_follower", "en", data.new_follower).url).toEqual(data.new_follower.follower.url)
    expect(render("post_commented", "en", data.post_commented).url).toEqual(data.post_commented.post.url)
    expect(render("product_rejected", "en", data.product_rejected).url).toEqual(data.product_rejected.product.url)
  })

  it("writes a query string out raw in the text and entity-escaped in the html", () => {
    const r = render("email_verification", "en", data.email_verification)
    expect(r.text).toContain("https://agora.example/verify?token=abc&id=cus_1")
    expect(r.html).toContain('href="https://agora.example/verify?token=abc&amp;id=cus_1"')
    expect(r.html).not.toContain("token=abc&id")
  })

  describe("with hostile values", () => {
    const hostile = samples((s) => `<script>alert("${s}")</script> & 'x'`)

    it.each(TYPES)("escapes every value of %s in the html", (type) => {
      for (const locale of LOCALES) {
        const { html, text } = render(type, locale, hostile[type])
        expect(html).not.toContain("<script>")
        expect(html).not.toContain('alert("')
        // Free text, where the type has any, still reaches the reader as text.
        if (JSON.stringify(hostile[type]).includes("<script>")) expect(text).toContain("<script>alert(")
      }
    })

    it("shows a caption with markup as text", () => {
      const { html } = render("post_liked", "en", {
        ...data.post_liked,
        post: { ...data.post_liked.post, caption: "<script>steal()</script>" },
      })
      expect(html).toContain("&lt;script&gt;steal()&lt;/script&gt;")
      expect(html).not.toContain("<script>")
    })

    it("never links a javascript: URL, in the e-mail or the in-app item", () => {
      const evil = samples(undefined, () => "javascript:alert(document.cookie)")
      for (const type of TYPES) {
        const r = render(type, "en", { ...evil[type], preferences_url: "javascript:alert(1)" } as never)
        expect(r.url).toEqual("")
        expect(r.html).not.toMatch(/javascript:/i)
        expect(r.text).not.toMatch(/javascript:/i)
      }
    })

    it("shows a tracking number whose tracking URL is unsafe, without linking it", () => {
      const shipped = samples(undefined, (path) => (path.startsWith("/track") ? "data:text/html,<b>x</b>" : `https://agora.example${path}`))
      const { html, text } = render("order_shipped", "en", shipped.order_shipped)
      expect(text).toContain("Tracking number: 1Z999AA10123456784")
      expect(html).toContain("<strong>1Z999AA10123456784</strong>")
      expect(html).not.toContain("data:")
    })
  })

  describe("money", () => {
    const paid = { order: { ...data.order_paid.order, total: 12.5 } }

    it.each([
      ["en", "€12.50"],
      ["de", "12,50\u00a0€"],
      ["el", "12,50\u00a0€"],
    ] as const)("formats amounts in %s as %s", (locale, amount) => {
      const r = render("order_paid", locale, paid)
      expect(r.text).toContain(amount)
      expect(r.body).toContain(amount)
    })

    it("formats every order line, the total and other currencies", () => {
      const { text } = render("order_placed", "de", data.order_placed)
      expect(text).toContain("2 × Wildflower honey: 25,00\u00a0€")
      expect(text).toContain("Gesamtsumme: 37,50\u00a0€")
      const usd = render("payout_paid", "en", { ...data.payout_paid, payout: { amount: 1234.5, currency_code: "usd" } })
      expect(usd.subject).toContain("$1,234.50")
    })
  })

  describe("captions and comments", () => {
    const long = "Sunset over the hives, with the first honey of the season being poured into jars by hand on the farm"

    it("quotes an excerpt of a long comment and caption", () => {
      const r = render("post_commented", "en", {
        ...data.post_commented,
        post: { ...data.post_commented.post, caption: long },
        comment: { body: long },
      })
      expect(r.text).toContain("“Sunset over the hives, with the first honey of the season being poured into…”")
      expect(r.text).not.toContain("jars by hand")
      expect(r.body).toEqual("“Sunset over the hives, with the first honey of the season being poured into…”")
    })

    it("leaves out an empty caption", () => {
      const r = render("post_liked", "de", { ...data.post_liked, post: { ...data.post_liked.post, caption: "  " } })
      expect(r.text).not.toContain("„")
      expect(r.body).toEqual("Maria Papadopoulou (@maria) gefällt Ihr Beitrag.")
    })

    it("names a person without a name by their handle", () => {
      const r = render("new_follower", "el", { follower: { ...data.new_follower.follower, name: "" } })
      expect(r.subject).toEqual("@maria άρχισε να σας ακολουθεί")
    })
  })

  describe("the preferences footer", () => {
    it.each(OPTIONAL)("links the preferences from %s when given", (type) => {
      for (const locale of LOCALES) {
        const r = render(type, locale, { ...data[type], preferences_url: PREFERENCES } as never)
        expect(r.html).toContain(`href="${PREFERENCES}"`)
        expect(r.text).toContain(PREFERENCES)
      }
      expect(render(type, "en", { ...data[type], preferences_url: PREFERENCES } as never).text).toContain(
        `You can choose which notifications you get: ${PREFERENCES}`
      )
      expect(render(type, "en", data[type]).text).not.toContain("You can choose")
    })

    it.each(TRANSACTIONAL)("never offers it in %s, which cannot be turned off", (type) => {
      const r = render(type, "en", { ...data[type], preferences_url: PREFERENCES } as never)
      expect(r.text).not.toContain(PREFERENCES)
      expect(r.html).not.toContain(PREFERENCES)
    })
  })

  it("greets by name when the data has one and says how long a link works", () => {
    expect(render("email_verification", "de", data.email_verification).text).toMatch(/^Guten Tag Maria,\n/)
    expect(render("email_verification", "el", data.email_verification).text).toContain("24 ώρες")
    expect(render("password_reset", "de", data.password_reset).text).toContain("30 Minuten lang gültig")
    expect(render("seller_approved", "en", data.seller_approved).text).toMatch(/^Hello Meli Farm,\n/)
  })

  it("lists each parcel's tracking number, and none when there are no parcels", () => {
    const parcels = [
      { tracking_number: "AAA111", tracking_url: "https://track.example/AAA111" },
      { tracking_number: "BBB222", tracking_url: null },
    ]
    const two = render("order_shipped", "de", { ...data.order_shipped, parcels })
    expect(two.text).toContain("Sendungsnummer: AAA111\nhttps://track.example/AAA111")
    expect(two.text).toContain("Sendungsnummer: BBB222")
    expect(two.html).toContain('href="https://track.example/AAA111"')
    const none = render("order_shipped", "de", { ...data.order_shipped, parcels: [] })
    expect(none.text).not.toContain("Sendungsnummer")
  })

  it("keeps the in-app body short when a rejection reason is long", () => {
    const r = render("product_rejected", "en", { ...data.product_rejected, reason: "The photos are blurry. ".repeat(20) })
    expect(r.body.length).toBeLessThanOrEqual(140)
    expect(r.body).toMatch(/^Reason: The photos are blurry\..*…$/)
    expect(r.text).toContain("The photos are blurry. ".repeat(20).trim())
  })
})
