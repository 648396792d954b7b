// What the product list shows of each product: its stock and its price.
import type { VendorVariant } from "./types"

/** The pieces in stock across the variants whose stock the shop keeps. */
export function stockTotal(variants: Pick<VendorVariant, "manage_inventory" | "inventory_quantity">[]): number {
  return variants.reduce((sum, variant) => sum + (variant.manage_inventory ? variant.inventory_quantity : 0), 0)
}

/**
 * The price to list: the cheapest in euros (the shop's main currency), else in the first currency a variant
 * has; `varies` when the variants' prices in it differ ("from €12.00"). Null without any price.
 */
export function listPrice(
  variants: Pick<VendorVariant, "prices">[],
  preferred = "eur"
): { amount: number; currency_code: string; varies: boolean } | null {
  const prices = variants.flatMap((variant) => variant.prices)
  const currency = prices.some((entry) => entry.currency_code === preferred) ? preferred : prices[0]?.currency_code
  if (!currency) return null
  const amounts = prices.filter((entry) => entry.currency_code === currency).map((entry) => entry.amount)
  return { amount: Math.min(...amounts), currency_code: currency, varies: new Set(amounts).size > 1 }
}
