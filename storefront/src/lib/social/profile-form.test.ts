import { describe, expect, it } from "vitest"

import { apiFieldErrors, parseProfileForm } from "./profile-form"

const form = { display_name: "Maria Kouri", handle: "maria-makes", bio: "", avatar_url: "" }

describe("parseProfileForm", () => {
  it("trims and turns empty optional fields into null", () => {
    expect(parseProfileForm({ ...form, display_name: "  Maria Kouri " })).toEqual({
      ok: true,
      data: { display_name: "Maria Kouri", handle: "maria-makes", bio: null, avatar_url: null },
    })
  })

  it("leaves an empty handle out, for the backend to keep or make one", () => {
    const result = parseProfileForm({ ...form, handle: " " })
    expect(result.ok && result.data.handle).toBeUndefined()
  })

  it("checks the handle's form and length", () => {
    expect(parseProfileForm({ ...form, handle: "Maria" })).toEqual({ ok: false, fieldErrors: { handle: "handle" } })
    expect(parseProfileForm({ ...form, handle: "a--b" })).toEqual({ ok: false, fieldErrors: { handle: "handle" } })
    expect(parseProfileForm({ ...form, handle: "ab" })).toEqual({ ok: false, fieldErrors: { handle: "tooShort" } })
    expect(parseProfileForm({ ...form, handle: "a".repeat(31) })).toEqual({
      ok: false,
      fieldErrors: { handle: "tooLong" },
    })
    expect(parseProfileForm({ ...form, handle: "eleni_test-2" }).ok).toBe(true)
  })

  it("needs a display name of at most 60 characters", () => {
    expect(parseProfileForm({ ...form, display_name: "  " })).toEqual({
      ok: false,
      fieldErrors: { display_name: "required" },
    })
    expect(parseProfileForm({ ...form, display_name: "x".repeat(61) })).toEqual({
      ok: false,
      fieldErrors: { display_name: "tooLong" },
    })
  })

  it("counts a bio's line breaks once", () => {
    const bio = `${"x".repeat(149)}\r\n${"y".repeat(150)}`
    const result = parseProfileForm({ ...form, bio })
    expect(result.ok && result.data.bio).toBe(`${"x".repeat(149)}\n${"y".repeat(150)}`)
    expect(parseProfileForm({ ...form, bio: "z".repeat(301) })).toEqual({ ok: false, fieldErrors: { bio: "tooLong" } })
  })

  it("takes only http(s) avatar URLs", () => {
    const result = parseProfileForm({ ...form, avatar_url: " https://cdn.example.com/me.jpg " })
    expect(result.ok && result.data.avatar_url).toBe("https://cdn.example.com/me.jpg")
    expect(parseProfileForm({ ...form, avatar_url: "javascript:alert(1)" })).toEqual({
      ok: false,
      fieldErrors: { avatar_url: "url" },
    })
    expect(parseProfileForm({ ...form, avatar_url: "me.jpg" })).toEqual({
      ok: false,
      fieldErrors: { avatar_url: "url" },
    })
  })

  it("reports every refused field", () => {
    const result = parseProfileForm({ display_name: "", handle: "Xyz", bio: "", avatar_url: "ftp://x" })
    expect(result).toEqual({
      ok: false,
      fieldErrors: { display_name: "required", handle: "handle", avatar_url: "url" },
    })
  })
})

describe("apiFieldErrors", () => {
  it("puts a taken handle on the handle", () => {
    expect(apiFieldErrors('handle: "maria" is already taken')).toEqual({ handle: "taken" })
  })

  it("reads the backend's field-named checks", () => {
    expect(apiFieldErrors("Invalid request: handle: use lowercase letters, digits and single - or _")).toEqual({
      handle: "invalid",
    })
    expect(apiFieldErrors("Invalid request: Value for field 'bio' too big, expected at most: '300'")).toEqual({
      bio: "tooLong",
    })
    expect(
      apiFieldErrors("Invalid request: avatar_url: use an http or https URL; Field 'display_name' is required")
    ).toEqual({ avatar_url: "invalid", display_name: "invalid" })
  })

  it("names no field for other refusals", () => {
    expect(apiFieldErrors("Invalid request: Unrecognized fields: 'kind'")).toBeNull()
    expect(apiFieldErrors("An unknown error occurred.")).toBeNull()
  })
})
