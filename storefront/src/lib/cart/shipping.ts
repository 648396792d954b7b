/** A shipping option as the Store API lists it for a cart; `amount` is missing for an uncalculated price. */
export type PricedOption = { price_type?: string | null; amount?: number | null }

/** A calculated option's price depends on the cart and comes from its own call (`/calculate`). */
export function needsCalculation(option: PricedOption): boolean {
  return option.price_type === "calculated" && typeof option.amount !== "number"
}

/** The lowest price among the options that have one; null when none has. */
export function cheapestShipping(options: PricedOption[]): number | null {
  const amounts = options.flatMap((option) =>
    typeof option.amount === "number" && Number.isFinite(option.amount) && option.amount >= 0 ? [option.amount] : []
  )
  return amounts.length ? Math.min(...amounts) : null
}
