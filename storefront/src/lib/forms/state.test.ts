import { describe, expect, it } from "vitest"

import { formLocale } from "./state"

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe("formLocale", () => {
  it("reads the form's locale field", () => {
    expect(formLocale(form([["locale", "de"]]))).toBe("de")
    expect(formLocale(form([["locale", "el"]]))).toBe("el")
  })

  it("falls back to the default locale for a missing, unknown or non-text field", () => {
    expect(formLocale(form([]))).toBe("en")
    expect(formLocale(form([["locale", "fr"]]))).toBe("en")
    expect(formLocale(form([["locale", new Blob(["de"])]]))).toBe("en")
  })
})
