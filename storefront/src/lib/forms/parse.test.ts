import { z } from "zod"
import { describe, expect, it } from "vitest"

import { parseFields } from "./parse"

const schema = z.strictObject({
  title: z.string().min(1, "required").max(5, "tooLong"),
  variants: z.array(z.strictObject({ price: z.number("price") })),
})

describe("parseFields", () => {
  it("answers the parsed data", () => {
    expect(parseFields(schema, { title: "Honey", variants: [{ price: 1 }] }, ["required"])).toEqual({
      ok: true,
      data: { title: "Honey", variants: [{ price: 1 }] },
    })
  })

  it("names each field by its path with its first error, as a known code or invalid", () => {
    const result = parseFields(schema, { title: "", variants: [{ price: "x" }] }, ["required", "tooLong"])
    expect(result).toEqual({ ok: false, fieldErrors: { title: "required", "variants.0.price": "invalid" } })
  })

  it("splits a strict object's unexpected keys into fields of their own", () => {
    const result = parseFields(schema, { title: "a", variants: [], extra: 1, other: 2 }, ["required"])
    expect(result).toEqual({ ok: false, fieldErrors: { extra: "invalid", other: "invalid" } })
  })

  it("names the whole input 'form' when it is not an object", () => {
    expect(parseFields(schema, "nope", [])).toEqual({ ok: false, fieldErrors: { form: "invalid" } })
  })
})
