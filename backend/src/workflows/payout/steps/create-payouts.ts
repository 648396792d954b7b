import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { toCents } from "../../sub-order/split"

/**
 * Groups each approved seller's payable lines that are in no payout yet into one payout per
 * currency. A balance that is zero or negative (refunds exceeding sales) is carried over, not paid.
 */
export const createPayoutsStep = createStep(
  "create-payouts",
  async ({ seller_id }: { seller_id?: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const lines = await service.listPayoutLines({
      status: "payable",
      payout_id: null,
      ...(seller_id ? { seller_id } : {}),
    })
    // Suspended (or otherwise not approved) sellers are held back until they are approved again.
    const sellers = lines.length
      ? await service.listSellers({ id: [...new Set(lines.map((l) => l.seller_id))], status: "approved" }, { select: ["id"] })
      : []
    const payable = new Set(sellers.map((s) => s.id))
    const groups = new Map<string, typeof lines>()
    for (const line of lines.filter((l) => payable.has(l.seller_id))) {
      const key = `${line.seller_id}|${line.currency_code}`
      groups.set(key, [...(groups.get(key) ?? []), line])
    }
    const provider_id = service.payoutProviderId()
    const created: { id: string; line_ids: string[] }[] = []
    for (const group of groups.values()) {
      const amount = toCents(group.reduce((n, l) => n + Number(l.amount), 0))
      if (amount <= 0) continue
      const payout = await service.createPayouts({
        seller_id: group[0].seller_id,
        currency_code: group[0].currency_code,
        amount,
        provider_id,
      })
      const line_ids = group.map((l) => l.id)
      await service.updatePayoutLines({ selector: { id: line_ids }, data: { payout_id: payout.id } })
      created.push({ id: payout.id, line_ids })
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    // Only payouts no provider has seen are undone; the others may have moved money.
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const untouched = await service.listPayouts({ id: created.map((p) => p.id), status: "pending", provider_reference: null }, { select: ["id"] })
    const ids = new Set(untouched.map((p) => p.id))
    const lineIds = created.filter((p) => ids.has(p.id)).flatMap((p) => p.line_ids)
    if (lineIds.length) await service.updatePayoutLines({ selector: { id: lineIds }, data: { payout_id: null } })
    if (ids.size) await service.deletePayouts([...ids])
  }
)
