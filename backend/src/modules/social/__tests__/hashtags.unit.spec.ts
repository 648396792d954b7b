import { parseHashtags } from "../hashtags"

describe("parseHashtags", () => {
  it("finds tags case-insensitively, once each, in order", () => {
    expect(parseHashtags("#Honey from Crete #honey #Slowfood!")).toEqual(["honey", "slowfood"])
  })

  it("reads letters of any script", () => {
    expect(parseHashtags("Καλημέρα #Μέλι και #Kräuter, #蜂蜜")).toEqual(["μέλι", "kräuter", "蜂蜜"])
  })

  it("ignores what only looks like a tag", () => {
    expect(parseHashtags("issue #42, https://x.test/#section, a&#39;b, mail#tag, ##")).toEqual([])
  })

  it("keeps digits and underscores inside a tag", () => {
    expect(parseHashtags("#top_10 #2024harvest")).toEqual(["top_10", "2024harvest"])
  })
})
