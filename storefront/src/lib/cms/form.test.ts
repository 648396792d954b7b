import { describe, expect, it } from "vitest"

import { payloadFieldErrors, validateForm } from "./form"

describe("validateForm", () => {
  it("names missing, invalid and too long fields", () => {
    expect(validateForm({ name: "", email: "nope", message: "x".repeat(5001) })).toEqual({
      name: "required",
      email: "invalid",
      message: "tooLong",
    })
    expect(validateForm({ name: "Ana", email: "ana@example.com", message: "Hello" })).toEqual({})
  })
})

describe("payloadFieldErrors", () => {
  it("maps Payload's validation error paths to form fields", () => {
    const body = { errors: [{ name: "ValidationError", data: { errors: [{ path: "email", message: "invalid" }, { path: "page" }] } }] }
    expect(payloadFieldErrors(body)).toEqual({ email: "invalid" })
    expect(payloadFieldErrors(null)).toEqual({})
    expect(payloadFieldErrors({ errors: "x" })).toEqual({})
  })
})
