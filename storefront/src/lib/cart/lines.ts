type Line = { created_at?: string | Date | null }

/** The cart's lines in the order they were added, so a quantity change does not move a line. */
export function sortedLines<T extends Line>(cart: { items?: T[] | null } | null): T[] {
  return [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
}
