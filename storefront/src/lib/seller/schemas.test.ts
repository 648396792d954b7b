import { describe, expect, it } from "vitest"

import { parse } from "@/lib/account/schemas"

import {
  applySchema,
  ibanChecksumValid,
  inviteSchema,
  isInviteToken,
  joinSchema,
  memberIdSchema,
  payoutSchema,
  profileSchema,
  signInSchema,
} from "./schemas"

const countries = ["de", "gr", "at"]

describe("applySchema", () => {
  const good = {
    email: " Anna@Example.com ",
    password: "rhodos-bees-1",
    name: " Rhodos Bees ",
    handle: "rhodos-bees",
    contact_email: "shop@example.com",
    country_code: "GR",
    description: "",
  }

  it("accepts an application and normalises it", () => {
    expect(parse(applySchema(countries), good)).toEqual({
      ok: true,
      data: { ...good, email: "anna@example.com", name: "Rhodos Bees", country_code: "gr" },
    })
  })

  it("checks the handle as the API does", () => {
    const handle = (value: string) => parse(applySchema(countries), { ...good, handle: value })
    expect(handle(" Rhodos-Bees ")).toMatchObject({ ok: true, data: { handle: "rhodos-bees" } })
    expect(handle("")).toEqual({ ok: false, fieldErrors: { handle: "required" } })
    expect(handle("ab")).toEqual({ ok: false, fieldErrors: { handle: "tooShort" } })
    expect(handle("a".repeat(41))).toEqual({ ok: false, fieldErrors: { handle: "tooLong" } })
    for (const bad of ["rhodos--bees", "-rhodos", "rhodos-", "rhodos bees", "ρόδος", "rhodos_bees"]) {
      expect(handle(bad)).toEqual({ ok: false, fieldErrors: { handle: "invalid" } })
    }
    expect(handle("a".repeat(40)).ok).toBe(true)
  })

  it("asks for a password of 8 characters and a country the store sells to", () => {
    expect(parse(applySchema(countries), { ...good, password: "short", country_code: "us" })).toEqual({
      ok: false,
      fieldErrors: { password: "tooShort", country_code: "invalid" },
    })
    expect(parse(applySchema(countries), { ...good, country_code: "" })).toEqual({
      ok: false,
      fieldErrors: { country_code: "required" },
    })
  })

  it("names missing, malformed, overlong and unknown fields", () => {
    expect(
      parse(applySchema(countries), {
        ...good,
        name: " ",
        contact_email: "shop@",
        description: "x".repeat(2001),
        status: "approved",
      })
    ).toEqual({
      ok: false,
      fieldErrors: { name: "required", contact_email: "invalid", description: "tooLong", status: "invalid" },
    })
  })
})

describe("signInSchema and joinSchema", () => {
  it("takes any password to sign in, a new one of 8 characters to join", () => {
    expect(parse(signInSchema, { email: "a@example.com", password: "x" }).ok).toBe(true)
    const token = "A".repeat(43)
    expect(parse(joinSchema, { email: "a@example.com", password: "x", token })).toEqual({
      ok: false,
      fieldErrors: { password: "tooShort" },
    })
    expect(parse(joinSchema, { email: "a@example.com", password: "long enough", token }).ok).toBe(true)
  })

  it("recognises invite tokens: base64url, 20 to 200 characters", () => {
    expect(isInviteToken("Zm9vYmFy-_Zm9vYmFyZm9v")).toBe(true)
    expect(isInviteToken("short")).toBe(false)
    expect(isInviteToken("a".repeat(201))).toBe(false)
    expect(isInviteToken("with spaces in the token ok")).toBe(false)
    expect(isInviteToken(undefined)).toBe(false)
    expect(isInviteToken(["a".repeat(30)])).toBe(false)
  })
})

describe("profileSchema", () => {
  const good = { name: "Rhodos Bees", description: "", logo_url: "", email: "shop@example.com", country_code: "gr" }

  it("sends empty optional fields as null, so saving clears them", () => {
    expect(parse(profileSchema(countries), good)).toEqual({
      ok: true,
      data: { ...good, description: null, logo_url: null },
    })
  })

  it("takes http(s) logo URLs only", () => {
    expect(parse(profileSchema(countries), { ...good, logo_url: "https://cdn.example.com/logo.png" })).toMatchObject({
      ok: true,
      data: { logo_url: "https://cdn.example.com/logo.png" },
    })
    for (const bad of ["javascript:alert(1)", "logo.png", "ftp://example.com/logo.png"]) {
      expect(parse(profileSchema(countries), { ...good, logo_url: bad })).toEqual({
        ok: false,
        fieldErrors: { logo_url: "invalid" },
      })
    }
  })

  it("refuses the handle and other fields the API does not let members change", () => {
    expect(parse(profileSchema(countries), { ...good, handle: "new" })).toEqual({
      ok: false,
      fieldErrors: { handle: "invalid" },
    })
  })
})

describe("payoutSchema", () => {
  const none = { payout_method: "", payout_account_holder: "", payout_iban: "", payout_vivawallet_merchant_id: "" }

  it("clears everything when nothing is chosen", () => {
    expect(parse(payoutSchema, none)).toEqual({
      ok: true,
      data: {
        payout_method: null,
        payout_account_holder: null,
        payout_iban: null,
        payout_vivawallet_merchant_id: null,
      },
    })
  })

  it("normalises an IBAN and requires the account holder for bank transfers", () => {
    const iban = { ...none, payout_method: "iban", payout_iban: "de89 3704 0044 0532 0130 00" }
    expect(parse(payoutSchema, iban)).toEqual({ ok: false, fieldErrors: { payout_account_holder: "required" } })
    expect(parse(payoutSchema, { ...iban, payout_account_holder: "Anna Papadaki" })).toMatchObject({
      ok: true,
      data: { payout_method: "iban", payout_iban: "DE89370400440532013000", payout_account_holder: "Anna Papadaki" },
    })
  })

  it("refuses malformed IBANs and wrong check digits", () => {
    for (const bad of ["DE8937040044", "DE88370400440532013000", "1289370400440532013000"]) {
      expect(parse(payoutSchema, { ...none, payout_iban: bad })).toEqual({
        ok: false,
        fieldErrors: { payout_iban: "invalid" },
      })
    }
  })

  it("requires a Viva Wallet merchant id (a UUID) for Viva Wallet", () => {
    expect(parse(payoutSchema, { ...none, payout_method: "vivawallet" })).toEqual({
      ok: false,
      fieldErrors: { payout_vivawallet_merchant_id: "required" },
    })
    expect(
      parse(payoutSchema, { ...none, payout_method: "vivawallet", payout_vivawallet_merchant_id: "12345" })
    ).toEqual({
      ok: false,
      fieldErrors: { payout_vivawallet_merchant_id: "invalid" },
    })
    const id = "3F2504E0-4F89-41D3-9A0C-0305E82C3301"
    expect(
      parse(payoutSchema, { ...none, payout_method: "vivawallet", payout_vivawallet_merchant_id: id })
    ).toMatchObject({
      ok: true,
      data: { payout_method: "vivawallet", payout_vivawallet_merchant_id: id.toLowerCase(), payout_iban: null },
    })
  })

  it("refuses an unknown method", () => {
    expect(parse(payoutSchema, { ...none, payout_method: "paypal" })).toEqual({
      ok: false,
      fieldErrors: { payout_method: "invalid" },
    })
  })
})

describe("ibanChecksumValid", () => {
  it("checks ISO 13616 check digits", () => {
    expect(ibanChecksumValid("DE89370400440532013000")).toBe(true)
    expect(ibanChecksumValid("GR1601101250000000012300695")).toBe(true)
    expect(ibanChecksumValid("GB82WEST12345698765432")).toBe(true)
    expect(ibanChecksumValid("GB82WEST12345698765433")).toBe(false)
  })
})

describe("inviteSchema and memberIdSchema", () => {
  it("takes an e-mail and a role", () => {
    expect(parse(inviteSchema, { email: "Nikos@Example.com", role: "owner" })).toEqual({
      ok: true,
      data: { email: "nikos@example.com", role: "owner" },
    })
    expect(parse(inviteSchema, { email: "nikos", role: "admin" })).toEqual({
      ok: false,
      fieldErrors: { email: "invalid", role: "invalid" },
    })
  })

  it("takes member ids only", () => {
    expect(parse(memberIdSchema, { member_id: "selmem_01JD4ZQ7" }).ok).toBe(true)
    expect(parse(memberIdSchema, { member_id: "../sellers/me" })).toEqual({
      ok: false,
      fieldErrors: { member_id: "invalid" },
    })
  })
})
