import { describe, expect, it } from "vitest"

import { parseForm } from "./form"
import {
  newProductSchema,
  productChanges,
  productEditSchema,
  readNewProduct,
  readProductEdit,
  type ProductEdit,
} from "./product-form"
import type { VendorProduct } from "./types"

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const entry of Array.isArray(value) ? value : [value]) form.append(name, entry)
  }
  return form
}

const honey = {
  title: " Pine Honey ",
  subtitle: "",
  description: "Dark, thick honey.",
  weight: "",
  option_name: "Variant",
  option_values: "Standard",
  "variants.0.price_eur": "16,50",
  "variants.0.price_gbp": "",
  "variants.0.sku": "",
  "variants.0.stock": "12",
}

describe("readNewProduct", () => {
  it("reads one row per option value typed", () => {
    const input = readNewProduct(
      formOf({
        ...honey,
        option_values: "250 g, 500 g",
        "variants.1.price_eur": "29.00",
        "variants.1.stock": "3",
        image_url: ["https://cdn.example/a.jpg", "https://cdn.example/b.jpg"],
        $ACTION_ID_x: "",
      })
    )
    expect(input.variants).toEqual([
      { price_eur: "16,50", price_gbp: "", sku: "", stock: "12" },
      { price_eur: "29.00", price_gbp: "", sku: "", stock: "3" },
    ])
    expect(input.images).toEqual(["https://cdn.example/a.jpg", "https://cdn.example/b.jpg"])
    expect(input).not.toHaveProperty("$ACTION_ID_x")
  })
})

describe("newProductSchema", () => {
  const parse = (fields: Record<string, string | string[]>, locale = "en") =>
    parseForm(newProductSchema(locale), readNewProduct(formOf(fields)))

  it("builds the body of POST /vendor/products", () => {
    expect(parse({ ...honey, image_url: ["https://cdn.example/a.jpg", "https://cdn.example/b.jpg"] })).toEqual({
      ok: true,
      data: {
        title: "Pine Honey",
        description: "Dark, thick honey.",
        thumbnail: "https://cdn.example/a.jpg",
        images: [{ url: "https://cdn.example/a.jpg" }, { url: "https://cdn.example/b.jpg" }],
        options: [{ title: "Variant", values: ["Standard"] }],
        variants: [
          {
            title: "Standard",
            options: { Variant: "Standard" },
            prices: [{ currency_code: "eur", amount: 16.5 }],
            manage_inventory: true,
            inventory_quantity: 12,
          },
        ],
      },
    })
  })

  it("adds the optional GBP price, SKU, subtitle and weight when given", () => {
    const result = parse({
      ...honey,
      subtitle: "From Rhodes",
      weight: "450",
      "variants.0.price_gbp": "14.20",
      "variants.0.sku": "PINE-450",
    })
    expect(result.ok && result.data).toMatchObject({
      subtitle: "From Rhodes",
      weight: 450,
      variants: [
        {
          sku: "PINE-450",
          prices: [
            { currency_code: "eur", amount: 16.5 },
            { currency_code: "gbp", amount: 14.2 },
          ],
        },
      ],
    })
  })

  it("names each refused field by its form name", () => {
    expect(
      parse({
        ...honey,
        title: " ",
        weight: "1.5",
        "variants.0.price_eur": "0",
        "variants.0.price_gbp": "abc",
        "variants.0.stock": "-1",
      })
    ).toEqual({
      ok: false,
      fieldErrors: {
        title: "required",
        weight: "wholeNumber",
        "variants.0.price_eur": "price",
        "variants.0.price_gbp": "price",
        "variants.0.stock": "wholeNumber",
      },
    })
    expect(parse({ ...honey, "variants.0.price_eur": "", "variants.0.stock": "" })).toEqual({
      ok: false,
      fieldErrors: { "variants.0.price_eur": "required", "variants.0.stock": "required" },
    })
    expect(parse({ ...honey, "variants.0.price_eur": "1000000.01" })).toEqual({
      ok: false,
      fieldErrors: { "variants.0.price_eur": "tooHigh" },
    })
  })

  it("refuses repeated and missing option values", () => {
    const second = { "variants.1.price_eur": "5", "variants.1.stock": "1" }
    expect(parse({ ...honey, ...second, option_values: "S, S" })).toEqual({
      ok: false,
      fieldErrors: { option_values: "repeated" },
    })
    expect(parse({ ...honey, option_values: " , " })).toEqual({ ok: false, fieldErrors: { option_values: "required" } })
  })

  it("refuses a SKU used twice", () => {
    const fields = {
      ...honey,
      option_values: "S, M",
      "variants.0.sku": "HONEY",
      "variants.1.price_eur": "5",
      "variants.1.sku": "HONEY",
      "variants.1.stock": "0",
    }
    expect(parse(fields)).toEqual({ ok: false, fieldErrors: { "variants.1.sku": "repeated" } })
  })

  it("refuses image URLs that are not http(s) and more than 20 images", () => {
    expect(parse({ ...honey, image_url: ["javascript:alert(1)"] })).toEqual({
      ok: false,
      fieldErrors: { "images.0": "invalid" },
    })
    const many = Array.from({ length: 21 }, (_, n) => `https://cdn.example/${n}.jpg`)
    expect(parse({ ...honey, image_url: many })).toEqual({ ok: false, fieldErrors: { images: "tooMany" } })
  })

  it("reads prices the locale's way", () => {
    const result = parse({ ...honey, "variants.0.price_eur": "1.234,50" }, "de")
    expect(result.ok && result.data.variants[0].prices).toEqual([{ currency_code: "eur", amount: 1234.5 }])
  })
})

const product: VendorProduct = {
  id: "prod_1",
  title: "Pine Honey",
  handle: "pine-honey",
  subtitle: null,
  description: "Dark honey.",
  status: "published",
  thumbnail: "/static/a.jpg",
  weight: null,
  images: [{ url: "/static/a.jpg" }],
  options: [{ title: "Size", values: [{ value: "S" }] }],
  variants: [
    {
      id: "variant_1",
      title: "S",
      sku: null,
      manage_inventory: true,
      prices: [
        { currency_code: "eur", amount: 16.5 },
        { currency_code: "usd", amount: 18 },
      ],
      inventory_quantity: 12,
      reserved_quantity: 0,
    },
  ],
  moderation: null,
}

describe("readProductEdit and productEditSchema", () => {
  it("reads the rows by variant id", () => {
    const input = readProductEdit(
      formOf({
        title: "Pine Honey",
        subtitle: "",
        description: "Dark honey.",
        weight: "",
        "variants.variant_1.price_eur": "16.50",
        "variants.variant_1.price_gbp": "",
        "variants.variant_1.stock": "12",
        image_url: "/static/a.jpg",
      }),
      ["variant_1"]
    )
    expect(input.variants).toEqual({ variant_1: { price_eur: "16.50", price_gbp: "", stock: "12" } })
  })

  it("names a refused row field by the variant", () => {
    const result = parseForm(productEditSchema("en", []), {
      title: "x",
      subtitle: "",
      description: "",
      weight: "",
      images: [],
      variants: { variant_1: { price_eur: "x", price_gbp: "", stock: "1" } },
    })
    expect(result).toEqual({ ok: false, fieldErrors: { "variants.variant_1.price_eur": "price" } })
  })

  it("keeps the product's own image URLs as stored, but takes only http(s) URLs besides", () => {
    const edit = (images: string[]) =>
      parseForm(productEditSchema("en", ["/static/a.jpg"]), {
        title: "x",
        subtitle: "",
        description: "",
        weight: "",
        images,
        variants: {},
      })
    expect(edit(["/static/a.jpg", "https://cdn.example/b.jpg"]).ok).toBe(true)
    expect(edit(["/static/other.jpg"])).toEqual({ ok: false, fieldErrors: { "images.0": "invalid" } })
  })
})

describe("productChanges", () => {
  const unchanged: ProductEdit = {
    title: "Pine Honey",
    subtitle: "",
    description: "Dark honey.",
    weight: null,
    images: ["/static/a.jpg"],
    variants: { variant_1: { price_eur: 16.5, price_gbp: null, stock: 12 } },
  }

  it("is null when nothing changed", () => {
    expect(productChanges(product, unchanged)).toBeNull()
    // Whitespace the form trims away is no change (it would send the product back to review).
    expect(productChanges({ ...product, description: "Dark honey.\n" }, unchanged)).toBeNull()
  })

  it("sends only the changed texts, clearing emptied ones", () => {
    expect(productChanges(product, { ...unchanged, title: "Pine Honey 450 g", description: "" })).toEqual({
      title: "Pine Honey 450 g",
      description: null,
    })
  })

  it("replaces the images and makes the first the thumbnail", () => {
    expect(productChanges(product, { ...unchanged, images: ["https://cdn.example/b.jpg", "/static/a.jpg"] })).toEqual({
      images: [{ url: "https://cdn.example/b.jpg" }, { url: "/static/a.jpg" }],
      thumbnail: "https://cdn.example/b.jpg",
    })
    expect(productChanges(product, { ...unchanged, images: [] })).toEqual({ images: [], thumbnail: null })
  })

  it("replaces a variant's prices keeping other currencies, and sets its stock", () => {
    expect(
      productChanges(product, { ...unchanged, variants: { variant_1: { price_eur: 17, price_gbp: 15, stock: 12 } } })
    ).toEqual({
      variants: [
        {
          id: "variant_1",
          prices: [
            { currency_code: "usd", amount: 18 },
            { currency_code: "eur", amount: 17 },
            { currency_code: "gbp", amount: 15 },
          ],
        },
      ],
    })
    expect(
      productChanges(product, { ...unchanged, variants: { variant_1: { price_eur: 16.5, price_gbp: null, stock: 4 } } })
    ).toEqual({ variants: [{ id: "variant_1", inventory_quantity: 4 }] })
  })
})
