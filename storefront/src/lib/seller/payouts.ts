/** The span of a payout's ledger lines (their first and last booking); null for one without lines (failed). */
export function payoutPeriod(lines: { created_at: string }[]): { from: string; to: string } | null {
  if (lines.length === 0) return null
  const times = lines.map((line) => new Date(line.created_at).getTime())
  return { from: new Date(Math.min(...times)).toISOString(), to: new Date(Math.max(...times)).toISOString() }
}
