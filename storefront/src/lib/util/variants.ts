import type { HttpTypes } from "@medusajs/types"

/** Chosen value per product option, keyed by option id. */
export type OptionSelection = Record<string, string>

/** The option values a variant stands for. */
export function variantSelection(variant: Pick<HttpTypes.StoreProductVariant, "options">): OptionSelection {
  const selection: OptionSelection = {}
  for (const value of variant.options ?? []) {
    if (value.option_id) selection[value.option_id] = value.value
  }
  return selection
}

/**
 * The variant matching a complete selection: every option the product has must be chosen and
 * equal the variant's value. A product without options has exactly one (default) variant.
 */
export function findVariant<V extends { selection: OptionSelection }>(
  variants: V[],
  optionIds: string[],
  selection: OptionSelection
): V | undefined {
  if (optionIds.length === 0) return variants.length === 1 ? variants[0] : undefined
  if (optionIds.some((id) => !selection[id])) return undefined
  return variants.find((variant) => optionIds.every((id) => variant.selection[id] === selection[id]))
}

/** Whether the variant can be added to a cart, following Medusa's inventory flags. */
export function isInStock(
  variant: Pick<HttpTypes.StoreProductVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">
): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_quantity ?? 0) > 0
}

/** The lowest calculated price over the variants, for "from €x" on product cards. */
export function cheapestPrice(
  variants: Pick<HttpTypes.StoreProductVariant, "calculated_price">[] | null | undefined
): { amount: number; currencyCode: string } | null {
  let best: { amount: number; currencyCode: string } | null = null
  for (const { calculated_price: price } of variants ?? []) {
    const amount = price?.calculated_amount
    const currencyCode = price?.currency_code
    if (typeof amount !== "number" || !currencyCode) continue
    if (!best || amount < best.amount) best = { amount, currencyCode }
  }
  return best
}
