import { describe, expect, it } from "vitest"

import { addressBookSchema, addressIdSchema, checkFields, parse, profileSchema, signInSchema, signUpSchema, textFields } from "./schemas"

describe("signInSchema", () => {
  it("normalises the e-mail and keeps the password as typed", () => {
    expect(parse(signInSchema, { email: " Eva@Example.COM ", password: " secret " })).toEqual({
      ok: true,
      data: { email: "eva@example.com", password: " secret " },
    })
  })

  it("names missing and malformed fields", () => {
    expect(parse(signInSchema, { email: "", password: "" })).toEqual({
      ok: false,
      fieldErrors: { email: "required", password: "required" },
    })
    expect(parse(signInSchema, { email: "eva@", password: "x".repeat(129) })).toEqual({
      ok: false,
      fieldErrors: { email: "invalid", password: "tooLong" },
    })
  })

  it("refuses unknown fields by name", () => {
    expect(parse(signInSchema, { email: "eva@example.com", password: "secret", admin: "1" })).toEqual({
      ok: false,
      fieldErrors: { admin: "invalid" },
    })
  })
})

describe("signUpSchema", () => {
  const good = { first_name: " Eva ", last_name: "Schmidt", email: "eva@example.com", password: "correct horse" }

  it("accepts a complete sign-up", () => {
    expect(parse(signUpSchema, good)).toEqual({ ok: true, data: { ...good, first_name: "Eva" } })
  })

  it("asks for a password of at least 8 characters", () => {
    expect(parse(signUpSchema, { ...good, password: "short" })).toEqual({ ok: false, fieldErrors: { password: "tooShort" } })
    expect(parse(signUpSchema, { ...good, password: "" })).toEqual({ ok: false, fieldErrors: { password: "required" } })
  })

  it("names blank and overlong names", () => {
    expect(parse(signUpSchema, { ...good, first_name: "  ", last_name: "x".repeat(101) })).toEqual({
      ok: false,
      fieldErrors: { first_name: "required", last_name: "tooLong" },
    })
  })
})

describe("profileSchema", () => {
  it("takes an empty or plausible phone number", () => {
    expect(parse(profileSchema, { first_name: "Eva", last_name: "Schmidt", phone: "" }).ok).toBe(true)
    expect(parse(profileSchema, { first_name: "Eva", last_name: "Schmidt", phone: "+49 30 1234567" }).ok).toBe(true)
    expect(parse(profileSchema, { first_name: "Eva", last_name: "Schmidt", phone: "call me" })).toEqual({
      ok: false,
      fieldErrors: { phone: "invalid" },
    })
  })

  it("refuses a missing field", () => {
    expect(parse(profileSchema, { first_name: "Eva", phone: "" })).toEqual({ ok: false, fieldErrors: { last_name: "invalid" } })
  })
})

describe("addressBookSchema", () => {
  const schema = addressBookSchema(["de", "gr"])
  const address = {
    first_name: "Eva",
    last_name: "Schmidt",
    company: "",
    address_1: "Kastanienallee 12",
    address_2: "",
    postal_code: "10435",
    city: "Berlin",
    country_code: "DE",
    phone: "",
    is_default_shipping: true,
    is_default_billing: false,
  }

  it("accepts an address in one of the region's countries", () => {
    const result = parse(schema, address)
    expect(result).toEqual({ ok: true, data: { ...address, country_code: "de" } })
  })

  it("names each bad field, including a country outside the region", () => {
    expect(parse(schema, { ...address, city: "", postal_code: "10435;", country_code: "us" })).toEqual({
      ok: false,
      fieldErrors: { city: "required", postal_code: "invalid", country_code: "invalid" },
    })
  })

  it("refuses a missing default flag", () => {
    const { is_default_billing: _flag, ...rest } = address
    expect(parse(schema, rest)).toEqual({ ok: false, fieldErrors: { is_default_billing: "invalid" } })
  })
})

describe("textFields and checkFields", () => {
  it("read only the named fields of a form", () => {
    const form = new FormData()
    form.set("email", "eva@example.com")
    form.set("$ACTION_ID_abc", "")
    form.set("is_default_shipping", "on")
    expect(textFields(form, ["email", "password"])).toEqual({ email: "eva@example.com", password: "" })
    expect(checkFields(form, ["is_default_shipping", "is_default_billing"])).toEqual({
      is_default_shipping: true,
      is_default_billing: false,
    })
  })
})

describe("addressIdSchema", () => {
  it("takes a customer address id only", () => {
    expect(parse(addressIdSchema, { address_id: "caddr_01JABCDEF" }).ok).toBe(true)
    expect(parse(addressIdSchema, { address_id: "caddr_1/../../orders" })).toEqual({ ok: false, fieldErrors: { address_id: "invalid" } })
    expect(parse(addressIdSchema, { address_id: "" })).toEqual({ ok: false, fieldErrors: { address_id: "invalid" } })
  })
})
