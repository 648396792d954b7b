import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureSyncsWorkflow } from "./ensure-syncs"
import { runSync } from "./run-sync"

type Refund = { id: string; amount: number | string; created_at: string | Date }
type Payment = { id: string; refunds?: (Refund | null)[] | null; payment_collection?: { order?: { id: string } | null } | null }

/** Records the order's invoice (once however often this runs) and makes it. */
export async function syncOrderInvoice(container: MedusaContainer, orderId: string) {
  const { result } = await ensureSyncsWorkflow(container).run({
    input: { syncs: [{ kind: "invoice", reference: `invoice:${orderId}`, order_id: orderId }] },
  })
  for (const sync of result) await runSync(container, sync.id)
}

/** The order a payment is for; null for a payment of no order (a draft's, say). */
export async function orderOfPayment(container: MedusaContainer, paymentId: string): Promise<string | null> {
  return (await payment(container, paymentId, ["id", "payment_collection.order.id"]))?.payment_collection?.order?.id ?? null
}

/** Records a credit note for each refund of the payment (each once) and makes them. */
export async function syncPaymentRefunds(container: MedusaContainer, paymentId: string) {
  const found = await payment(container, paymentId, ["id", "refunds.id", "refunds.amount", "refunds.created_at", "payment_collection.order.id"])
  const orderId = found?.payment_collection?.order?.id
  const refunds = (found?.refunds ?? []).filter((refund): refund is Refund => !!refund)
  if (!orderId || !refunds.length) return
  const { result } = await ensureSyncsWorkflow(container).run({
    input: {
      syncs: refunds.map((refund) => ({
        kind: "credit_note" as const,
        reference: `credit_note:${refund.id}`,
        order_id: orderId,
        refund_id: refund.id,
        amount: Number(refund.amount),
      })),
    },
  })
  for (const sync of result) if (sync.status !== "synced") await runSync(container, sync.id)
}

async function payment(container: MedusaContainer, id: string, fields: string[]): Promise<Payment | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields, filters: { id } })
  return data[0] as Payment | undefined
}
