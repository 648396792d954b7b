/** A member's role: owners also manage the team and the payout details (docs/API.md, Roles). */
export const ROLES = ["staff", "owner"] as const
export type Role = (typeof ROLES)[number]
