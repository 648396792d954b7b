import { describe, expect, it } from "vitest"

import {
  codeSchema,
  isResetToken,
  isVerificationCode,
  newPasswordSchema,
  parseSecurity,
  resetRequestSchema,
} from "./schemas"

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJlbnRpdHlfaWQiOiJhQGIuY28ifQ.c2lnbmF0dXJl"
const CODE = "Xk3v_9QpL2m-ZrT8yWc4Hn6BdJs1AeFu0GiKoPqRsTu"

describe("resetRequestSchema", () => {
  it("takes an actor and an e-mail address, lower-cased and trimmed", () => {
    expect(parseSecurity(resetRequestSchema, { actor: "seller", email: " Maria@Example.COM " })).toEqual({
      ok: true,
      data: { actor: "seller", email: "maria@example.com" },
    })
  })

  it("refuses another actor and a malformed address", () => {
    expect(parseSecurity(resetRequestSchema, { actor: "user", email: "maria" })).toEqual({
      ok: false,
      fieldErrors: { actor: "invalid", email: "invalid" },
    })
    expect(parseSecurity(resetRequestSchema, { actor: "customer", email: "" })).toEqual({
      ok: false,
      fieldErrors: { email: "required" },
    })
  })
})

describe("newPasswordSchema", () => {
  const input = {
    actor: "customer",
    token: TOKEN,
    email: "maria@example.com",
    password: "correct horse",
    confirm: "correct horse",
  }

  it("takes the link's token and e-mail with a new password typed twice", () => {
    expect(parseSecurity(newPasswordSchema, input)).toEqual({ ok: true, data: input })
  })

  it("names a repeated password that differs", () => {
    expect(parseSecurity(newPasswordSchema, { ...input, confirm: "correct horse " })).toEqual({
      ok: false,
      fieldErrors: { confirm: "mismatch" },
    })
  })

  it("keeps the sign-up's password rules", () => {
    expect(parseSecurity(newPasswordSchema, { ...input, password: "short", confirm: "short" })).toEqual({
      ok: false,
      fieldErrors: { password: "tooShort" },
    })
    const long = "x".repeat(129)
    expect(parseSecurity(newPasswordSchema, { ...input, password: long, confirm: long })).toEqual({
      ok: false,
      fieldErrors: { password: "tooLong" },
    })
  })

  it("refuses a token that is not a JWT", () => {
    expect(parseSecurity(newPasswordSchema, { ...input, token: "abc" }).ok).toBe(false)
    expect(isResetToken(TOKEN)).toBe(true)
    expect(isResetToken("abc")).toBe(false)
    expect(isResetToken(`${TOKEN}<script>`)).toBe(false)
    expect(isResetToken(["a.b.c"])).toBe(false)
  })
})

describe("verification codes", () => {
  it("accepts Medusa's base64url codes only", () => {
    expect(isVerificationCode(CODE)).toBe(true)
    expect(isVerificationCode("short")).toBe(false)
    expect(isVerificationCode(`${CODE}/..`)).toBe(false)
    expect(isVerificationCode(undefined)).toBe(false)
    expect(parseSecurity(codeSchema, { code: CODE }).ok).toBe(true)
    expect(parseSecurity(codeSchema, { code: "a b" })).toEqual({ ok: false, fieldErrors: { code: "invalid" } })
  })
})
