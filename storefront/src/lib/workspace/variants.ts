// The new-product form's one option: its values, typed comma separated, each become a variant row.

/** The values as typed: split at commas, trimmed, empty ones left out, in the order typed. */
export function optionValues(text: string): string[] {
  return text
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean)
}

export type VariantRow = { key: string; value: string; index: number }

/**
 * One row per value. The key follows the value, not its position, so a row keeps what was typed in it when
 * values are added or removed before it; a repeated value gets its own key (the form then says it repeats).
 */
export function variantRows(values: string[]): VariantRow[] {
  const seen = new Map<string, number>()
  return values.map((value, index) => {
    const occurrence = seen.get(value) ?? 0
    seen.set(value, occurrence + 1)
    return { key: occurrence ? `${value}\u0000${occurrence}` : value, value, index }
  })
}

/** The positions of values that repeat an earlier one (variant titles must be unique). */
export function repeatedIndexes(values: string[]): number[] {
  return values.flatMap((value, index) => (values.indexOf(value) < index ? [index] : []))
}
