import type { OptionSelection } from "@/lib/util/variants"

export type ValueState = "available" | "out_of_stock" | "unavailable"

/**
 * What choosing `value` for one option would give, the other chosen options kept: some variant in
 * stock, only variants out of stock, or no variant at all. Options not chosen yet match any value.
 */
export function valueState(
  variants: { selection: OptionSelection; inStock: boolean }[],
  optionIds: string[],
  selection: OptionSelection,
  optionId: string,
  value: string
): ValueState {
  const wanted: OptionSelection = { ...selection, [optionId]: value }
  const matches = variants.filter((variant) =>
    optionIds.every((id) => !wanted[id] || variant.selection[id] === wanted[id])
  )
  if (matches.length === 0) return "unavailable"
  return matches.some((variant) => variant.inStock) ? "available" : "out_of_stock"
}
