import { parseOptions } from "../options"

describe("parseOptions", () => {
  it("trims the words, rejects by default and ignores the keys Medusa adds", () => {
    expect(parseOptions({ words: [" scam ", "fraud"] })).toEqual({ words: ["scam", "fraud"], mode: "reject" })
    expect(parseOptions({ words: [], mode: "mask", database: {} })).toEqual({ words: [], mode: "mask" })
  })

  it("names the bad option in one line", () => {
    const cases: [unknown, string][] = [
      [undefined, "words:"],
      [{ words: "scam" }, "words:"],
      [{ words: ["scam", "  "] }, "words.1: must not contain empty words"],
      [{ words: ["scam"], mode: "hide" }, "mode:"],
      [{ word: ["scam"] }, "words:"],
    ]
    for (const [options, expected] of cases) {
      expect(() => parseOptions(options)).toThrow(/^@agora\/social-word-filter: invalid options: /)
      expect(() => parseOptions(options)).toThrow(expected)
    }
  })
})
