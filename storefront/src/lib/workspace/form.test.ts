import { describe, expect, it } from "vitest"

import { formText, formValues, refusal } from "./form"

describe("refusal", () => {
  it("shows the backend's reason for a 400 and marks the field it names", () => {
    expect(refusal(400, "Invalid request: variants: titles must be unique", { title: "x" })).toEqual({
      status: "failed",
      message: "refused",
      detail: "variants: titles must be unique",
      fieldErrors: { option_values: "repeated" },
      values: { title: "x" },
    })
  })

  it("marks the title when Medusa's handle derived from it is taken", () => {
    expect(refusal(422, "Product with handle: pine-honey, already exists.").fieldErrors).toEqual({ title: "taken" })
  })

  it("tells apart a shop that may not write, a missing resource and a failure", () => {
    expect(refusal(403, "A pending seller cannot make changes").message).toBe("notAllowed")
    expect(refusal(404, "Product with id: x was not found").message).toBe("notFound")
    expect(refusal(500, "boom")).toEqual({ status: "failed", message: "failed", values: undefined })
    expect(refusal(undefined, "fetch failed").message).toBe("failed")
  })
})

describe("formText", () => {
  it("reads text fields and nothing else", () => {
    const form = new FormData()
    form.append("title", "Honey")
    form.append("file", new Blob(["x"]), "x.png")
    expect(formText(form, "title")).toBe("Honey")
    expect(formText(form, "file")).toBe("")
    expect(formText(form, "missing")).toBe("")
  })
})

describe("formValues", () => {
  it("gives back the text typed, without Next's fields and files", () => {
    const form = new FormData()
    form.append("title", "Honey")
    form.append("$ACTION_ID_abc", "")
    form.append("file", new Blob(["x"]), "x.png")
    expect(formValues(form)).toEqual({ title: "Honey" })
  })
})
