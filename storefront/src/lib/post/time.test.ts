import { describe, expect, it } from "vitest"

import { fullTime, relativeTime } from "./time"

const now = new Date(2026, 10, 24, 12, 0, 0)
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString()

describe("relativeTime", () => {
  it("says now for the last minute and for times a little ahead", () => {
    expect(relativeTime(ago(30), now, "en")).toBe("now")
    expect(relativeTime(ago(-5), now, "en")).toBe("now")
  })

  it("counts whole minutes, hours and days in the locale", () => {
    expect(relativeTime(ago(5 * 60 + 59), now, "en")).toBe("5 minutes ago")
    expect(relativeTime(ago(3 * 3600), now, "de")).toBe("vor 3 Stunden")
    expect(relativeTime(ago(24 * 3600), now, "en")).toBe("yesterday")
    expect(relativeTime(ago(3 * 24 * 3600), now, "el")).toBe("πριν από 3 ημέρες")
  })

  it("shows the date after a week, with the year only when it is another year's", () => {
    expect(relativeTime(new Date(2026, 2, 12, 12), now, "en")).toBe("Mar 12")
    expect(relativeTime(new Date(2025, 2, 12, 12), now, "de")).toBe("12. März 2025")
  })

  it("accepts ISO strings and dates alike", () => {
    expect(relativeTime(new Date(ago(120)), now, "en")).toBe(relativeTime(ago(120), now, "en"))
  })
})

describe("fullTime", () => {
  it("gives date and time in the locale", () => {
    expect(fullTime(new Date(2026, 10, 24, 9, 5), "en")).toBe("November 24, 2026 at 9:05 AM")
  })
})
