import { describe, expect, it } from "vitest"

import { countText, formatCount, initials } from "./format"

describe("formatCount", () => {
  it("groups digits the locale's way up to 9,999", () => {
    expect(formatCount(0, "en")).toBe("0")
    expect(formatCount(1234, "en")).toBe("1,234")
    expect(formatCount(9999, "de")).toBe("9.999")
    expect(formatCount(1234, "el")).toBe("1.234")
  })

  it("is compact from 10,000 on", () => {
    expect(formatCount(10_000, "en")).toBe("10K")
    expect(formatCount(12_345, "en")).toBe("12.3K")
    expect(formatCount(1_234_567, "de")).toBe("1,2\u00a0Mio.")
  })
})

describe("countText", () => {
  const forms = { one: "{n} follower", other: "{n} followers" }

  it("picks the plural form", () => {
    expect(countText(1, "en", forms)).toBe("1 follower")
    expect(countText(0, "en", forms)).toBe("0 followers")
    expect(countText(2, "en", forms)).toBe("2 followers")
  })

  it("formats the number in the locale", () => {
    expect(countText(1500, "de", { one: "{n} Follower", other: "{n} Follower" })).toBe("1.500 Follower")
    expect(countText(25_000, "en", forms)).toBe("25K followers")
  })
})

describe("initials", () => {
  it("takes the first letters of up to two words", () => {
    expect(initials("Maria Kouri")).toBe("MK")
    expect(initials("  eleni  ")).toBe("E")
    expect(initials("Meli Elia Honey Co")).toBe("ME")
    expect(initials("μέλι θυμάρι")).toBe("ΜΘ")
  })

  it("keeps characters outside the basic plane whole", () => {
    expect(initials("🐝 Bees")).toBe("🐝B")
  })

  it("is empty for an empty name", () => {
    expect(initials(" ")).toBe("")
  })
})
