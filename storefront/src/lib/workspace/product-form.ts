// The product forms: what they send, how it is checked, and the Vendor API bodies made from it.
import { z } from "zod"

import { count, id, isHttpUrl, optional, optionalCount, optionalPrice, price, required } from "./fields"
import { formText } from "./form"
import { IMAGE_FIELD, MAX_IMAGES, rowField } from "./names"
import { optionValues, repeatedIndexes } from "./variants"
import type { Price, VendorProduct } from "./types"

/** The Vendor API's limits (docs/API.md, POST /vendor/products); the images' is in names.ts. */
const MAX_VARIANTS = 100
const MAX_STOCK = 1_000_000
const MAX_WEIGHT = 1_000_000_000

/** The form's currencies: EUR is required, GBP (the store's United Kingdom region) optional. */
const EUR = "eur"
const GBP = "gbp"

const PRODUCT_FIELDS = ["title", "subtitle", "description", "weight"] as const
const ROW_FIELDS = ["price_eur", "price_gbp", "sku", "stock"] as const
const EDIT_ROW_FIELDS = ["price_eur", "price_gbp", "stock"] as const

/** Image URLs: uploads are absolute http(s) URLs; an edit also keeps the product's own as they are stored. */
const images = (kept: string[] = []) =>
  z
    .array(
      z
        .string()
        .max(2000, "tooLong")
        .refine((url) => isHttpUrl(url) || kept.includes(url), "invalid")
    )
    .max(MAX_IMAGES, "tooMany")

const optionValuesField = z.string().transform((text, ctx) => {
  const values = optionValues(text)
  const problem = !values.length
    ? "required"
    : values.length > MAX_VARIANTS
      ? "tooMany"
      : values.some((value) => value.length > 200)
        ? "tooLong"
        : repeatedIndexes(values).length
          ? "repeated"
          : null
  if (!problem) return values
  ctx.addIssue({ code: "custom", message: problem })
  return z.NEVER
})

type NewProductInput = {
  title: string
  subtitle: string
  description: string
  weight: string
  option_name: string
  option_values: string
  images: string[]
  variants: Record<(typeof ROW_FIELDS)[number], string>[]
}

/** The new-product form's fields: one variant row per option value typed, in that order. */
export function readNewProduct(form: FormData): NewProductInput {
  const text = (name: string) => formText(form, name)
  const option_values = text("option_values")
  const variants = optionValues(option_values).map(
    (_value, row) =>
      Object.fromEntries(
        ROW_FIELDS.map((field) => [field, text(rowField(row, field))])
      ) as NewProductInput["variants"][number]
  )
  return {
    ...Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, text(field)])),
    option_name: text("option_name"),
    option_values,
    images: imageUrls(form),
    variants,
  } as NewProductInput
}

function imageUrls(form: FormData): string[] {
  return form.getAll(IMAGE_FIELD).map((value) => (typeof value === "string" ? value : ""))
}

const pricesOf = (eur: number, gbp: number | null): Price[] => [
  { currency_code: EUR, amount: eur },
  ...(gbp === null ? [] : [{ currency_code: GBP, amount: gbp }]),
]

/** The new-product form, checked and turned into the body of `POST /vendor/products`. */
export function newProductSchema(locale: string) {
  const row = z.strictObject({
    price_eur: price(locale),
    price_gbp: optionalPrice(locale),
    sku: optional(100),
    stock: count(MAX_STOCK),
  })
  return z
    .strictObject({
      title: required(200),
      subtitle: optional(200),
      description: optional(10_000),
      weight: optionalCount(MAX_WEIGHT),
      option_name: required(100),
      option_values: optionValuesField,
      images: images(),
      variants: z.array(row),
    })
    .superRefine((product, ctx) => {
      // The rows are read per value typed; a forged form could send others.
      if (product.variants.length !== product.option_values.length) {
        ctx.addIssue({ code: "custom", path: ["option_values"], message: "invalid" })
      }
      const skus = product.variants.map((variant) => variant.sku)
      skus.forEach((sku, index) => {
        if (sku && skus.indexOf(sku) < index) {
          ctx.addIssue({ code: "custom", path: ["variants", index, "sku"], message: "repeated" })
        }
      })
    })
    .transform((product) => {
      const option = product.option_name
      return {
        title: product.title,
        ...(product.subtitle ? { subtitle: product.subtitle } : {}),
        ...(product.description ? { description: product.description } : {}),
        ...(product.weight === null ? {} : { weight: product.weight }),
        ...(product.images.length
          ? { thumbnail: product.images[0], images: product.images.map((url) => ({ url })) }
          : {}),
        options: [{ title: option, values: product.option_values }],
        variants: product.option_values.map((value, index) => {
          const variant = product.variants[index]
          return {
            title: value,
            ...(variant.sku ? { sku: variant.sku } : {}),
            options: { [option]: value },
            prices: pricesOf(variant.price_eur, variant.price_gbp),
            manage_inventory: true,
            inventory_quantity: variant.stock,
          }
        }),
      }
    })
}

type ProductEditInput = {
  title: string
  subtitle: string
  description: string
  weight: string
  images: string[]
  variants: Record<string, Record<(typeof EDIT_ROW_FIELDS)[number], string>>
}

/** The edit form's fields; the variant rows are named by the ids of the product's variants. */
export function readProductEdit(form: FormData, variantIds: string[]): ProductEditInput {
  const text = (name: string) => formText(form, name)
  const variants = Object.fromEntries(
    variantIds.map((variantId) => [
      variantId,
      Object.fromEntries(EDIT_ROW_FIELDS.map((field) => [field, text(rowField(variantId, field))])),
    ])
  )
  return {
    ...Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, text(field)])),
    images: imageUrls(form),
    variants,
  } as ProductEditInput
}

/**
 * The edit form, checked: the product's texts, its images in order (new uploads, or `current` ones kept), and EUR,
 * GBP and stock per variant.
 */
export function productEditSchema(locale: string, current: string[]) {
  return z.strictObject({
    title: required(200),
    subtitle: optional(200),
    description: optional(10_000),
    weight: optionalCount(MAX_WEIGHT),
    images: images(current),
    variants: z.record(
      id("variant"),
      z.strictObject({ price_eur: price(locale), price_gbp: optionalPrice(locale), stock: count(MAX_STOCK) })
    ),
  })
}

export type ProductEdit = z.output<ReturnType<typeof productEditSchema>>

type ProductUpdateBody = {
  title?: string
  subtitle?: string | null
  description?: string | null
  weight?: number | null
  thumbnail?: string | null
  images?: { url: string }[]
  variants?: { id: string; prices?: Price[]; inventory_quantity?: number }[]
}

const cents = (amount: number | null | undefined) => (amount == null ? null : Math.round(amount * 100))
const amountIn = (prices: Price[], currency: string) =>
  prices.find((entry) => entry.currency_code === currency)?.amount ?? null
const blank = (value: string | null | undefined) => value?.trim() || null

/**
 * The body of `POST /vendor/products/:id` for an edit: only what changed, so an unchanged title, description or
 * image list does not send a published product back to review, and prices in other currencies than the form's
 * stay as they are. Null when nothing changed.
 */
export function productChanges(current: VendorProduct, edit: ProductEdit): ProductUpdateBody | null {
  const body: ProductUpdateBody = {}
  if (edit.title !== current.title.trim()) body.title = edit.title
  if ((edit.subtitle || null) !== blank(current.subtitle)) body.subtitle = edit.subtitle || null
  if ((edit.description || null) !== blank(current.description)) body.description = edit.description || null
  if (edit.weight !== (current.weight ?? null)) body.weight = edit.weight
  const urls = current.images.map((image) => image.url)
  if (edit.images.join("\n") !== urls.join("\n")) {
    body.images = edit.images.map((url) => ({ url }))
    body.thumbnail = edit.images[0] ?? null
  }
  const variants = current.variants.flatMap((variant) => {
    const wanted = edit.variants[variant.id]
    if (!wanted) return []
    const change: NonNullable<ProductUpdateBody["variants"]>[number] = { id: variant.id }
    const eur = amountIn(variant.prices, EUR)
    const gbp = amountIn(variant.prices, GBP)
    if (cents(wanted.price_eur) !== cents(eur) || cents(wanted.price_gbp) !== cents(gbp)) {
      const others = variant.prices.filter((entry) => entry.currency_code !== EUR && entry.currency_code !== GBP)
      change.prices = [...others, ...pricesOf(wanted.price_eur, wanted.price_gbp)]
    }
    if (wanted.stock !== variant.inventory_quantity) change.inventory_quantity = wanted.stock
    return Object.keys(change).length > 1 ? [change] : []
  })
  if (variants.length) body.variants = variants
  return Object.keys(body).length ? body : null
}
