import { wordMatcher } from "../words"

describe("wordMatcher", () => {
  const scam = wordMatcher(["scam"])

  it("finds whole words in any case, next to punctuation, hashtags and emoji", () => {
    for (const text of ["Scam!", "#scam", "what a SCAM.", "it's a scam's scam", "(scam)", "scam🙂", "scam"]) {
      expect({ text, found: scam.find(text) }).toEqual({ text, found: "scam" })
    }
  })

  it("does not find a word inside a longer one", () => {
    for (const text of ["scampi", "Scams", "noscam", "scam2", "#scam_alert", "Ωscam", "scamé"]) {
      expect({ text, found: scam.find(text) }).toEqual({ text, found: undefined })
    }
  })

  it("treats letters of every script as word characters", () => {
    const cyrillic = wordMatcher(["мошенник"])
    expect(cyrillic.find("Это МОШЕННИК!")).toEqual("мошенник")
    expect(cyrillic.find("мошенники")).toBeUndefined()

    // Greek: capital sigma matches the final form ς; accents stay significant.
    const greek = wordMatcher(["ψεύτης"])
    expect(greek.find("ΨΕΎΤΗΣ!")).toEqual("ψεύτης")
    expect(greek.find("ψευτης")).toBeUndefined()
  })

  it("compares in Unicode normal form C", () => {
    expect(wordMatcher(["café"]).find("Le cafe\u0301 !")).toEqual("café")
    expect(wordMatcher(["cafe\u0301"]).find("un café")).toEqual("cafe\u0301".normalize("NFC"))
  })

  it("returns the listed word that matched, as it was listed", () => {
    expect(wordMatcher(["Fraud", "Scam"]).find("no fraud, no SCAM")).toEqual("Fraud")
  })

  it("matches regular-expression characters literally", () => {
    const words = wordMatcher(["a.b", "c++"])
    expect(words.find("axb")).toBeUndefined()
    expect(words.find("see a.b")).toEqual("a.b")
    expect(words.find("I write C++ daily")).toEqual("c++")
  })

  it("masks every occurrence with one asterisk per character, keeping the rest", () => {
    expect(scam.mask("Scam! scam? SCAMPI #scam")).toEqual("****! ****? SCAMPI #****")
    expect(wordMatcher(["ψεύτης"]).mask("Ο ΨΕΎΤΗΣ.")).toEqual("Ο ******.")
    expect(wordMatcher(["😈bad"]).mask("so 😈bad")).toEqual("so ****")
  })

  it("prefers the longest listed phrase", () => {
    expect(wordMatcher(["scam", "scam artist"]).mask("a scam artist and a scam")).toEqual("a *********** and a ****")
  })

  it("matches nothing with an empty list", () => {
    const none = wordMatcher([])
    expect(none.find("anything at all")).toBeUndefined()
    expect(none.mask("anything at all")).toEqual("anything at all")
  })
})
