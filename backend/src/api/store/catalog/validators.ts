import { z } from "@medusajs/framework/zod"

export const CATALOG_SORTS = ["newest", "oldest", "title", "price_asc", "price_desc"] as const
export const CATALOG_LIMIT_MAX = 50

// A price in major units of the region's currency, as shown (12.5 = EUR 12.50); "" or "1e3" is not one.
const Price = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,4})?$/)
  .transform(Number)

/**
 * `GET /store/catalog`. Price filters and price sorts need `region_id` (the price is the region's);
 * `in_stock` is "true" or "false" as a query string carries it.
 */
export const CatalogQuery = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    category_id: z.string().min(1).max(100).optional(),
    collection_id: z.string().min(1).max(100).optional(),
    seller_id: z.string().min(1).max(100).optional(),
    region_id: z.string().min(1).max(100).optional(),
    min_price: Price.optional(),
    max_price: Price.optional(),
    in_stock: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    sort: z.enum(CATALOG_SORTS).default("newest"),
    limit: z.coerce.number().int().min(1).max(CATALOG_LIMIT_MAX).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
  .refine((query) => query.min_price === undefined || query.max_price === undefined || query.min_price <= query.max_price, {
    message: "min_price: must not be above max_price",
    path: ["min_price"],
  })
  .refine(
    (query) =>
      !!query.region_id || (query.min_price === undefined && query.max_price === undefined && !query.sort.startsWith("price")),
    { message: "region_id: required to filter or sort by price", path: ["region_id"] }
  )
export type CatalogQueryType = z.infer<typeof CatalogQuery>
