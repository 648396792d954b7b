import { describe, expect, it } from "vitest"

import { compactCount } from "./count"

describe("compactCount", () => {
  it("keeps small counts whole", () => {
    expect(compactCount(0, "en")).toBe("0")
    expect(compactCount(999, "en")).toBe("999")
  })

  it("shortens large counts in the locale's words", () => {
    // Intl separates number and unit with a no-break space.
    const count = (n: number, locale: string) => compactCount(n, locale).replace(/\u00a0/g, " ")
    expect(count(1234, "en")).toBe("1.2K")
    expect(count(12_500_000, "en")).toBe("12.5M")
    expect(count(1234, "de")).toBe("1234")
    expect(count(25_000, "de")).toBe("25.000")
    expect(count(1_500_000, "de")).toBe("1,5 Mio.")
    expect(count(1234, "el")).toBe("1,2 χιλ.")
  })
})
