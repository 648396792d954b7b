import { describe, expect, it } from "vitest"

import { hashtagOf, profileHandleOf } from "./segments"

describe("hashtagOf", () => {
  it("reads a plain or percent-encoded tag in lower case", () => {
    expect(hashtagOf("journeyhoney")).toBe("journeyhoney")
    expect(hashtagOf("JourneyHoney")).toBe("journeyhoney")
    expect(hashtagOf("%23honey")).toBe("honey")
    expect(hashtagOf(encodeURIComponent("Μέλι_2024"))).toBe("μέλι_2024")
  })

  it("normalizes to Unicode form C", () => {
    expect(hashtagOf("cafe\u0301")).toBe("caf\u00e9")
  })

  it("refuses what cannot be a hashtag", () => {
    expect(hashtagOf("2024")).toBeNull()
    expect(hashtagOf("")).toBeNull()
    expect(hashtagOf("%23")).toBeNull()
    expect(hashtagOf("two%20words")).toBeNull()
    expect(hashtagOf("a-b")).toBeNull()
    expect(hashtagOf("%E0%A4%A")).toBeNull()
    expect(hashtagOf("a".repeat(101))).toBeNull()
    expect(hashtagOf("a".repeat(100))).toBe("a".repeat(100))
  })
})

describe("profileHandleOf", () => {
  it("reads customers' and sellers' handles", () => {
    expect(profileHandleOf("maria-makes")).toBe("maria-makes")
    expect(profileHandleOf("eleni_test")).toBe("eleni_test")
    expect(profileHandleOf("meli-elia-2")).toBe("meli-elia-2")
    expect(profileHandleOf("%40eleni")).toBe("eleni")
  })

  it("refuses what no profile can have", () => {
    expect(profileHandleOf("Maria")).toBeNull()
    expect(profileHandleOf("a--b")).toBeNull()
    expect(profileHandleOf("-ab")).toBeNull()
    expect(profileHandleOf("ab_")).toBeNull()
    expect(profileHandleOf("a%2Fb")).toBeNull()
    expect(profileHandleOf("%E0%A4%A")).toBeNull()
    expect(profileHandleOf("a".repeat(61))).toBeNull()
  })
})
