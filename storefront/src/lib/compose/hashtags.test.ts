import { describe, expect, it } from "vitest"

import { pickTag, suggestTags, typedTag } from "./hashtags"

describe("typedTag", () => {
  it("finds the hashtag at the caret, from its # to the end of the word", () => {
    expect(typedTag("Breakfast #hon", 14)).toEqual({ start: 10, end: 14, query: "hon" })
    expect(typedTag("Breakfast #honey time", 13)).toEqual({ start: 10, end: 16, query: "ho" })
  })

  it("starts suggesting at a bare #", () => {
    expect(typedTag("#", 1)).toEqual({ start: 0, end: 1, query: "" })
  })

  it("lower-cases what is typed and reads any script", () => {
    expect(typedTag("Καλημέρα #Μέλι", 14)).toEqual({ start: 9, end: 14, query: "μέλι" })
    expect(typedTag("#Grüße_2", 8)?.query).toBe("grüße_2")
  })

  it("ignores a # inside a word, a URL, an entity or a double ##", () => {
    for (const text of ["abc#def", "example.com/#top", "&#123", "##tag"]) expect(typedTag(text, text.length)).toBeNull()
  })

  it("ignores a caret that is not in a hashtag", () => {
    expect(typedTag("#honey and jam", 14)).toBeNull()
    expect(typedTag("#honey ", 7)).toBeNull()
    expect(typedTag("no tags", 3)).toBeNull()
  })

  it("accepts a # after punctuation or a line break", () => {
    expect(typedTag("Yum!\n(#jam", 10)).toEqual({ start: 6, end: 10, query: "jam" })
  })
})

describe("suggestTags", () => {
  const known = ["journeyhoney", "jam", "honey", "honeycomb", "jamjars"]

  it("keeps the known tags that start with the query, in order", () => {
    expect(suggestTags(known, "ja")).toEqual(["jam", "jamjars"])
    expect(suggestTags(known, "HONEY")).toEqual(["honeycomb"])
  })

  it("matches prefixes only", () => {
    expect(suggestTags(known, "oney")).toEqual([])
  })

  it("offers the first ones for a bare #, up to the limit", () => {
    expect(suggestTags(known, "", 2)).toEqual(["journeyhoney", "jam"])
  })
})

describe("pickTag", () => {
  it("replaces the typed word and puts the caret after a new space", () => {
    const text = "Breakfast #hon"
    expect(pickTag(text, typedTag(text, 14)!, "honey")).toEqual({ text: "Breakfast #honey ", caret: 17 })
  })

  it("replaces the whole word around the caret and reuses the space after it", () => {
    const text = "Breakfast #hoXX with tea"
    expect(pickTag(text, typedTag(text, 13)!, "honey")).toEqual({ text: "Breakfast #honey with tea", caret: 17 })
  })

  it("refuses a pick that makes the caption too long", () => {
    const text = "#ho"
    expect(pickTag(text, typedTag(text, 3)!, "honeycomb", 10)).toBeNull()
    expect(pickTag(text, typedTag(text, 3)!, "honey", 10)).toEqual({ text: "#honey ", caret: 7 })
  })
})
