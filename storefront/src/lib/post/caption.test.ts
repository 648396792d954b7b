import { describe, expect, it } from "vitest"

import { tokenizeCaption } from "./caption"

const links = (caption: string) => tokenizeCaption(caption).filter((token) => token.kind !== "text")

describe("tokenizeCaption", () => {
  it("splits text, hashtags and mentions in order", () => {
    expect(tokenizeCaption("Breakfast #JourneyHoney with @maria-makes!")).toEqual([
      { kind: "text", text: "Breakfast " },
      { kind: "hashtag", text: "#JourneyHoney", tag: "journeyhoney" },
      { kind: "text", text: " with " },
      { kind: "mention", text: "@maria-makes", handle: "maria-makes" },
      { kind: "text", text: "!" },
    ])
  })

  it("gives the caption back when the texts are joined", () => {
    const caption = "a #b, c@d.com @eee #1 ##x https://x.y/#frag &#39; end"
    expect(
      tokenizeCaption(caption)
        .map((token) => token.text)
        .join("")
    ).toBe(caption)
  })

  it("finds hashtags in any script, at the start and after punctuation", () => {
    expect(links("#Μέλι,#Käse (#honig_2024)")).toEqual([
      { kind: "hashtag", text: "#Μέλι", tag: "μέλι" },
      { kind: "hashtag", text: "#Käse", tag: "käse" },
      { kind: "hashtag", text: "#honig_2024", tag: "honig_2024" },
    ])
  })

  it("leaves # inside words, URLs, entities and after # alone", () => {
    expect(links("C#sharp https://agora.example/#top &#39; ##double a/#b")).toEqual([])
  })

  it("needs a letter and at most 100 characters in a hashtag", () => {
    expect(links("#2024 #123abc")).toEqual([{ kind: "hashtag", text: "#123abc", tag: "123abc" }])
    expect(links(`#${"a".repeat(100)}`)).toHaveLength(1)
    expect(links(`#${"a".repeat(101)}`)).toEqual([])
  })

  it("compares in Unicode normal form C, as the backend stores tags", () => {
    const decomposed = "#Ka\u0308se"
    expect(links(decomposed)).toEqual([{ kind: "hashtag", text: "#Käse", tag: "käse" }])
  })

  it("takes mentions of 3 to 30 handle characters outside words and e-mail addresses", () => {
    expect(links("@ab @abc hi@example.com (@x_y-z) @Upper")).toEqual([
      { kind: "mention", text: "@abc", handle: "abc" },
      { kind: "mention", text: "@x_y-z", handle: "x_y-z" },
    ])
    expect(links(`@${"a".repeat(30)}`)).toHaveLength(1)
    expect(links(`@${"a".repeat(31)}`)).toEqual([])
  })

  it("ends a mention at punctuation but not inside a longer word", () => {
    expect(links("thanks @maria. and @mariaX")).toEqual([{ kind: "mention", text: "@maria", handle: "maria" }])
  })

  it("answers no tokens for an empty caption", () => {
    expect(tokenizeCaption("")).toEqual([])
  })
})
