import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import { SellerFulfillmentStatus } from "../../../modules/seller/models/sub-order"
import SellerModuleService from "../../../modules/seller/service"
import { toCents } from "../../../workflows/sub-order/split"
import { balanceOf } from "../payouts/balance"
import { VendorRequest } from "../seller-context"
import { VendorDashboardType } from "./validators"

// Sub-orders with items the seller has not yet fulfilled. A partial shipment or delivery may leave some
// items unfulfilled (the status follows the furthest stage), so those count as open too.
const OPEN: SellerFulfillmentStatus[] = [
  "not_fulfilled",
  "partially_fulfilled",
  "partially_shipped",
  "partially_delivered",
]

const DAY = 86_400_000

type Day = { date: string; currency_code: string; orders: number; amount: string }

/** The seller's sales per UTC day and currency since `since`, summed by the database; canceled ones are no sales. */
async function salesByDay(container: MedusaContainer, sellerId: string, since: Date): Promise<Day[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as date, currency_code,
        count(*)::int as orders, sum(item_total)::text as amount
      from sub_order
      where seller_id = ? and deleted_at is null and fulfillment_status <> 'canceled' and created_at >= ?
      group by 1, 2`,
    [sellerId, since]
  )
  return rows
}

/**
 * The seller's dashboard: sales of the last `days` UTC days (today included) as one zero-filled series per
 * currency, open sub-orders, and the balance `GET /vendor/payouts` reports.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { days } = req.validatedQuery as VendorDashboardType
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const seller_id = req.seller.id
  const today = Math.floor(Date.now() / DAY) * DAY
  const since = today - (days - 1) * DAY
  const dates = Array.from({ length: days }, (_, i) => new Date(since + i * DAY).toISOString().slice(0, 10))

  const [sold, [, open_orders], ledger] = await Promise.all([
    salesByDay(req.scope, seller_id, new Date(since)),
    service.listAndCountSubOrders({ seller_id, fulfillment_status: OPEN }, { take: 1, select: ["id"] }),
    service.listPayoutLines({ seller_id, payout_id: null }, { select: ["currency_code", "status", "amount"] }),
  ])

  const currencies = [...new Set(sold.map((row) => row.currency_code))].sort()
  const byDay = new Map(sold.map((row) => [`${row.date} ${row.currency_code}`, row]))
  const day = (date: string, currency_code?: string) => {
    const row = byDay.get(`${date} ${currency_code}`)
    return { date, orders: row?.orders ?? 0, amount: row ? toCents(Number(row.amount)) : 0 }
  }
  // One currency (the usual case) or none: a plain series. Several: every entry names its currency.
  const sales =
    currencies.length > 1
      ? dates.flatMap((date) => currencies.map((currency_code) => ({ currency_code, ...day(date, currency_code) })))
      : dates.map((date) => day(date, currencies[0]))
  res.json({
    ...(currencies.length === 1 ? { currency_code: currencies[0] } : {}),
    sales,
    open_orders,
    balance: balanceOf(ledger),
  })
}
