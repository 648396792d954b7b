import { describe, expect, it } from "vitest"

import { formatDate, formatDay, formatPeriod, plural, shortId } from "./format"

const forms = { one: "{n} order", other: "{n} orders" }

describe("plural", () => {
  it("picks the locale's form", () => {
    expect(plural("en", 1, forms)).toBe("{n} order")
    expect(plural("en", 0, forms)).toBe("{n} orders")
    expect(plural("de", 2, forms)).toBe("{n} orders")
    expect(plural("el", 1, forms)).toBe("{n} order")
  })
})

describe("dates", () => {
  it("shows the API's UTC days as they are, in every time zone", () => {
    // Midnight UTC is still the day before in the Americas: the date must not move.
    expect(formatDate("2026-11-24", "en")).toBe("Nov 24, 2026")
    expect(formatDate("2026-11-24T23:30:00.000Z", "de")).toBe("24.11.2026")
    expect(formatDay("2026-11-24", "en")).toBe("Nov 24")
    expect(formatDay("2026-11-24", "de")).toBe("24. Nov.")
  })

  it("shortens a period the locale's way", () => {
    // Intl sets the dash between thin spaces.
    expect(formatPeriod("2026-11-03", "2026-11-24", "en").replace(/\u2009/g, " ")).toBe("Nov 3 – 24, 2026")
    expect(formatPeriod("2026-11-24T08:00:00Z", "2026-11-24T18:00:00Z", "en")).toBe("Nov 24, 2026")
  })
})

describe("shortId", () => {
  it("keeps an id's last eight characters", () => {
    expect(shortId("order_01jd4zq7x9k2m3n4p5q6r7s8t9")).toBe("…Q6R7S8T9")
  })
})
