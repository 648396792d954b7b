import { z } from "@medusajs/framework/zod"
import { httpUrl } from "../../validators"

const price = z.object({ currency_code: z.string().regex(/^[a-z]{3}$/, "currency_code: use an ISO 4217 code in lowercase"), amount: z.number().positive().max(1_000_000) }).strict()
const image = z.object({ url: httpUrl("images") }).strict()
const quantity = z.number().int().min(0).max(1_000_000)

const variant = z
  .object({
    title: z.string().min(1).max(200),
    sku: z.string().min(1).max(100).optional(),
    options: z.record(z.string(), z.string()),
    prices: z.array(price).min(1),
    manage_inventory: z.boolean().optional(),
    inventory_quantity: quantity.optional(),
  })
  .strict()

// Status, seller and commission never come from a seller's request body: ownership comes from the
// token and the status from moderation, so those keys are rejected (strict) rather than ignored.
export const VendorCreateProduct = z
  .object({
    title: z.string().min(1).max(200),
    handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: use lowercase letters, digits and single dashes").max(120).optional(),
    subtitle: z.string().max(200).optional(),
    description: z.string().max(10_000).optional(),
    thumbnail: httpUrl("thumbnail").optional(),
    images: z.array(image).max(20).optional(),
    category_ids: z.array(z.string().min(1)).max(10).optional(),
    weight: z.number().int().min(0).optional(),
    options: z.array(z.object({ title: z.string().min(1), values: z.array(z.string().min(1)).min(1) }).strict()).min(1),
    variants: z.array(variant).min(1).max(100),
  })
  .strict()
  .refine((p) => new Set(p.variants.map((v) => v.title)).size === p.variants.length, {
    message: "variants: titles must be unique",
    path: ["variants"],
  })
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z
  .object({
    title: z.string().min(1).max(200).optional(),
    subtitle: z.string().max(200).nullish(),
    description: z.string().max(10_000).nullish(),
    thumbnail: httpUrl("thumbnail").nullish(),
    images: z.array(image).max(20).optional(),
    category_ids: z.array(z.string().min(1)).max(10).optional(),
    weight: z.number().int().min(0).nullish(),
    variants: z
      .array(z.object({ id: z.string().min(1), prices: z.array(price).min(1).optional(), inventory_quantity: quantity.optional() }).strict())
      .max(100)
      .optional(),
  })
  .strict()
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorListProducts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(["draft", "proposed", "published", "rejected"]).optional(),
  })
  .strict()
export type VendorListProductsType = z.infer<typeof VendorListProducts>
