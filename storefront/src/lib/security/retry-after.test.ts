import { describe, expect, it } from "vitest"

import { retryAfterSeconds, waitText, type WaitTexts } from "./retry-after"

const en: WaitTexts = {
  seconds: { one: "Try again in {n} second.", other: "Try again in {n} seconds." },
  minutes: { one: "Try again in {n} minute.", other: "Try again in {n} minutes." },
}

describe("retryAfterSeconds", () => {
  it("reads delta-seconds, at least one", () => {
    expect(retryAfterSeconds("42")).toBe(42)
    expect(retryAfterSeconds(" 7 ")).toBe(7)
    expect(retryAfterSeconds("0")).toBe(1)
  })

  it("reads an HTTP date as the seconds from now, rounded up", () => {
    const now = Date.parse("2026-11-24T10:00:00Z")
    expect(retryAfterSeconds("Tue, 24 Nov 2026 10:01:30 GMT", now)).toBe(90)
    expect(retryAfterSeconds("Tue, 24 Nov 2026 09:00:00 GMT", now)).toBe(1)
  })

  it("answers null for a missing or unreadable header", () => {
    expect(retryAfterSeconds(null)).toBeNull()
    expect(retryAfterSeconds("")).toBeNull()
    expect(retryAfterSeconds("-5")).toBeNull()
    expect(retryAfterSeconds("1.5")).toBeNull()
    expect(retryAfterSeconds("soon")).toBeNull()
  })
})

describe("waitText", () => {
  it("says seconds under a minute, with the plural form", () => {
    expect(waitText(1, "en", en)).toBe("Try again in 1 second.")
    expect(waitText(59, "en", en)).toBe("Try again in 59 seconds.")
  })

  it("says whole minutes from a minute on, rounded up", () => {
    expect(waitText(60, "en", en)).toBe("Try again in 1 minute.")
    expect(waitText(61, "en", en)).toBe("Try again in 2 minutes.")
    expect(waitText(900, "en", en)).toBe("Try again in 15 minutes.")
  })

  it("picks the plural form by the locale's rules", () => {
    const de: WaitTexts = {
      seconds: { one: "{n} Sekunde", other: "{n} Sekunden" },
      minutes: { one: "{n} Minute", other: "{n} Minuten" },
    }
    expect(waitText(120, "de", de)).toBe("2 Minuten")
    expect(waitText(0.2, "de", de)).toBe("1 Sekunde")
  })
})
