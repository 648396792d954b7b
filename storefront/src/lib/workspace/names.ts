// The workspace forms' field names and the limits the browser applies too. Free of zod: forms import it.

/** The Vendor API's limit on a product's images (docs/API.md, POST /vendor/products). */
export const MAX_IMAGES = 20

/** The uploaded images' URLs, in display order: the first is the cover. */
export const IMAGE_FIELD = "image_url"

/** The name of a variant row's field: `variants.<row>.<field>` (a row's index, or a variant's id when editing). */
export const rowField = (row: number | string, field: string) => `variants.${row}.${field}`

/** The name of a line's quantity field in the "Fulfil items" form. */
export const quantityField = (lineId: string) => `quantity.${lineId}`

export const TRACKING_FIELDS = ["carrier", "tracking_number", "tracking_url"] as const
