import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../modules/seller/models/seller-member"

export const VendorInviteMember = z
  .object({ email: z.string().email("email: not a valid e-mail address"), role: z.enum(MEMBER_ROLES).default("staff") })
  .strict()
export type VendorInviteMemberType = z.infer<typeof VendorInviteMember>

export const VendorAcceptInvite = z.object({ token: z.string().min(20).max(200) }).strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>
