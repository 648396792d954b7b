import { describe, expect, it } from "vitest"

import { HANDLE, handleFromName } from "./handle"

describe("handleFromName", () => {
  it("makes lowercase dash-separated words", () => {
    expect(handleFromName("Rhodos Bees")).toBe("rhodos-bees")
    expect(handleFromName("  Rhodos   Bees 2024!  ")).toBe("rhodos-bees-2024")
    expect(handleFromName("Faden & Werk")).toBe("faden-werk")
  })

  it("spells German and other accented letters in Latin", () => {
    expect(handleFromName("Café Müller & Söhne")).toBe("cafe-mueller-soehne")
    expect(handleFromName("Elbrösterei Straße")).toBe("elbroesterei-strasse")
    expect(handleFromName("Łódź Øresund")).toBe("lodz-oresund")
  })

  it("transliterates Greek", () => {
    expect(handleFromName("Μέλι Ελιά")).toBe("meli-elia")
    expect(handleFromName("ΜΕΛΙ ΡΟΔΟΥ")).toBe("meli-rodou")
    expect(handleFromName("Ψωμί & Αυγά")).toBe("psomi-avga")
  })

  it("stays within 40 characters, cut between words", () => {
    const handle = handleFromName("The Very Long Name Of A Small Family Olive Oil Press")
    expect(handle).toBe("the-very-long-name-of-a-small-family")
    expect(handle.length).toBeLessThanOrEqual(40)
    expect(handleFromName("a".repeat(50))).toBe("a".repeat(40))
  })

  it("gives nothing for a name without letters or digits, and a valid handle otherwise", () => {
    expect(handleFromName("")).toBe("")
    expect(handleFromName("★ ☆ —")).toBe("")
    for (const name of ["Rhodos Bees", "Μέλι Ελιά", "Café Müller"]) expect(handleFromName(name)).toMatch(HANDLE)
  })
})
