/** Lines grouped by seller, in the order each seller first appears; lines without a seller come last. */
export function groupBySeller<Line extends { product_id?: string | null }, Seller extends { id: string }>(
  lines: Line[],
  sellers: Map<string, Seller>
): { seller: Seller | null; lines: Line[] }[] {
  const groups = new Map<string, { seller: Seller | null; lines: Line[] }>()
  for (const line of lines) {
    const seller = (line.product_id && sellers.get(line.product_id)) || null
    const key = seller?.id ?? ""
    if (!groups.has(key)) groups.set(key, { seller, lines: [] })
    groups.get(key)!.lines.push(line)
  }
  const unknown = groups.get("")
  groups.delete("")
  return [...groups.values(), ...(unknown ? [unknown] : [])]
}
