import { SellerStatus } from "../../modules/seller/models/seller"

export type SellerDecisionInput = { seller_id: string; actor_id: string; reason?: string }

/** The seller update that records an operator's decision: the new status, the reason (if any), who and when. */
export const decision = (status: SellerStatus) => (input: SellerDecisionInput) => ({
  id: input.seller_id,
  status,
  status_reason: input.reason ?? null,
  status_decided_by: input.actor_id,
  status_decided_at: new Date(),
})

/** The status check before a decision: which statuses the seller may be in for it. */
export const requireStatus = (allowed: SellerStatus[], action: string) => (input: { seller_id: string }) => ({
  seller_id: input.seller_id,
  allowed,
  action,
})
