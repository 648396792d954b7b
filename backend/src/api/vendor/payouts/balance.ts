import { toCents } from "../../../workflows/sub-order/split"

export type Balance = { currency_code: string; pending: number; payable: number }

/** The seller's balance per currency from its open ledger lines: `payable` lines, the rest `pending`. */
export function balanceOf(open: { currency_code: string; status: string; amount: unknown }[]): Balance[] {
  const balance: Record<string, Balance> = {}
  for (const line of open) {
    const entry = (balance[line.currency_code] ??= { currency_code: line.currency_code, pending: 0, payable: 0 })
    const key = line.status === "payable" ? "payable" : "pending"
    entry[key] = toCents(entry[key] + Number(line.amount))
  }
  return Object.values(balance)
}
