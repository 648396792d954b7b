// Becoming a seller, the seller's sign-in and the workspace's frame, dashboard, payouts, profile and team.
const en = {}

export type SellerMessages = typeof en

const de: SellerMessages = {}

const el: SellerMessages = {}

export const seller = { en, de, el }
