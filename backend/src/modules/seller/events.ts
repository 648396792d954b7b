/** Events of the seller module; payloads carry ids only (docs/EVENTS.md). */
export const SellerEvents = {
  SELLER_CREATED: "seller.seller.created",
  SELLER_APPROVED: "seller.seller.approved",
  SELLER_REJECTED: "seller.seller.rejected",
  SELLER_SUSPENDED: "seller.seller.suspended",
  SELLER_REINSTATED: "seller.seller.reinstated",
  SELLER_UPDATED: "seller.seller.updated",
  PRODUCT_PROPOSED: "seller.product.proposed",
  PRODUCT_APPROVED: "seller.product.approved",
  PRODUCT_REJECTED: "seller.product.rejected",
  ORDER_PLACED: "seller.order.placed",
  PAYOUT_CREATED: "seller.payout.created",
  PAYOUT_PAID: "seller.payout.paid",
  INVITE_CREATED: "seller.invite.created",
} as const
