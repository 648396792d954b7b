export * from "./refresh-payout-lines"
export * from "./book-refunds"
export * from "./create-payouts"
export * from "./mark-payout-paid"
