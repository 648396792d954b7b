import { excerpt, formatters } from "../format"
import { toLocale } from "../types"

describe("excerpt", () => {
  it("keeps short text, with its whitespace collapsed", () => {
    expect(excerpt("  Fresh\n honey  ")).toEqual("Fresh honey")
    expect(excerpt("x".repeat(80))).toEqual("x".repeat(80))
    expect(excerpt("Total 12,50\u00a0€")).toEqual("Total 12,50\u00a0€")
  })

  it("cuts long text at a word boundary within the limit and ends it with an ellipsis", () => {
    const text = "Sunset over the hives, with the first honey of the season being poured into jars by hand"
    const cut = excerpt(text)
    expect(cut).toEqual("Sunset over the hives, with the first honey of the season being poured into…")
    expect(cut.length).toBeLessThanOrEqual(80)
    expect(excerpt("one two, three four", 12)).toEqual("one two…")
  })

  it("cuts one very long word mid-word", () => {
    expect(excerpt("a".repeat(200), 10)).toEqual(`${"a".repeat(9)}…`)
  })
})

describe("formatters", () => {
  it("formats money from major units and a lower-case code in each locale", () => {
    expect(formatters("en").money(12.5, "eur")).toEqual("€12.50")
    expect(formatters("de").money(1234.5, "eur")).toEqual("1.234,50\u00a0€")
    expect(formatters("el").money(0.5, "eur")).toEqual("0,50\u00a0€")
  })

  it("names hours and minutes in the plural the number needs", () => {
    expect(formatters("de").hours(1)).toEqual("1 Stunde")
    expect(formatters("de").hours(24)).toEqual("24 Stunden")
    expect(formatters("el").minutes(30)).toEqual("30 λεπτά")
  })
})

describe("toLocale", () => {
  it.each([
    ["de-DE", "de"],
    ["el_GR", "el"],
    ["EL", "el"],
    [" de ", "de"],
    ["en-GB", "en"],
    ["fr", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
    [42, "en"],
  ])("maps %p to %p", (value, locale) => {
    expect(toLocale(value)).toEqual(locale)
  })
})
