import { describe, expect, it } from "vitest"

import { addressLines, countryNamer } from "./address-lines"

describe("addressLines", () => {
  it("prints the filled parts of an address, one per line", () => {
    const lines = addressLines(
      { first_name: "Eva", last_name: "Schmidt", company: "", address_1: "Kastanienallee 12", address_2: null, postal_code: "10435", city: "Berlin", country_code: "de" },
      (code) => (code === "de" ? "Germany" : code)
    )
    expect(lines).toEqual(["Eva Schmidt", "Kastanienallee 12", "10435 Berlin", "Germany"])
  })
})

describe("countryNamer", () => {
  it("names the region's countries and shows other codes as they are", () => {
    const name = countryNamer([{ code: "de", name: "Deutschland" }])
    expect(name("DE")).toBe("Deutschland")
    expect(name("us")).toBe("US")
  })
})
