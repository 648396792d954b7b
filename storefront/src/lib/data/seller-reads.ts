import "server-only"

import type { SalesDay } from "@/lib/seller/chart"
import { amountOf } from "@/lib/seller/money"

import { listRegions, type Country } from "./regions"
import { vendorFetch } from "./vendor"

/** What the seller has earned and not been paid yet, per currency (docs/API.md, `GET /vendor/payouts`). */
export type Balance = { currency_code: string; pending: number; payable: number }

export type Dashboard = {
  /** The one currency the seller sold in during the period; absent with none or several. */
  currency_code?: string
  sales: SalesDay[]
  open_orders: number
  balance: Balance[]
}

/** The dashboard's figures: sales per UTC day for the last `days` days, open orders and the balance. */
export async function getDashboard(days: number): Promise<Dashboard> {
  const dashboard = await vendorFetch<Dashboard>("/vendor/dashboard", { query: { days } })
  return { ...dashboard, balance: dashboard.balance.map(toBalance) }
}

export type LedgerLine = {
  id: string
  order_id: string
  type: "sale" | "refund"
  currency_code: string
  amount: number
  commission_amount: number
  status: "pending" | "payable" | "paid"
  created_at: string
}

export type Payout = {
  id: string
  currency_code: string
  amount: number
  status: "pending" | "processing" | "paid" | "failed"
  paid_at: string | null
  created_at: string
  lines: LedgerLine[]
}

export type Payouts = { payouts: Payout[]; count: number; open_lines: LedgerLine[]; balance: Balance[] }

export const PAYOUTS_PAGE_SIZE = 20

// The ledger's amounts are Medusa big numbers: numbers in JSON, but read defensively.
const toBalance = (balance: Balance): Balance => ({
  currency_code: balance.currency_code,
  pending: amountOf(balance.pending),
  payable: amountOf(balance.payable),
})

const toLine = (line: LedgerLine): LedgerLine => ({
  id: line.id,
  order_id: line.order_id,
  type: line.type,
  currency_code: line.currency_code,
  amount: amountOf(line.amount),
  commission_amount: amountOf(line.commission_amount),
  status: line.status,
  created_at: line.created_at,
})

/** One page of the seller's payouts, newest first, with the open ledger lines and the balance. */
export async function listPayouts(page: number): Promise<Payouts> {
  const answer = await vendorFetch<Payouts>("/vendor/payouts", {
    query: { limit: PAYOUTS_PAGE_SIZE, offset: (page - 1) * PAYOUTS_PAGE_SIZE },
  })
  return {
    count: answer.count,
    balance: answer.balance.map(toBalance),
    open_lines: answer.open_lines.map(toLine),
    payouts: answer.payouts.map((payout) => ({
      id: payout.id,
      currency_code: payout.currency_code,
      amount: amountOf(payout.amount),
      status: payout.status,
      paid_at: payout.paid_at,
      created_at: payout.created_at,
      lines: (payout.lines ?? []).map(toLine),
    })),
  }
}

export type Member = { id: string; email: string; role: "owner" | "staff"; created_at: string }

/** The seller's members, oldest first (owners only; the API answers 403 to staff). */
export async function listMembers(): Promise<Member[]> {
  const { members } = await vendorFetch<{ members: Member[] }>("/vendor/members")
  return members
}

/**
 * The countries a shop may be based in: every country the store sells to, in all its regions, named and sorted
 * in `locale`. A shop's `current` country stays in the list even where the store does not sell (an operator set
 * it).
 */
export async function listShopCountries(locale: string, current?: string): Promise<Country[]> {
  const codes = new Set((await listRegions()).flatMap((region) => region.countries))
  if (current) codes.add(current)
  const names = new Intl.DisplayNames([locale], { type: "region" })
  return [...codes]
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
