import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** An auth identity that may act for a seller. It is the `seller` actor: its id is the token's actor_id. */
export const SellerMember = model
  .define("seller_member", {
    id: model.id({ prefix: "selmem" }).primaryKey(),
    email: model.text(),
    auth_identity_id: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
  })
  .indexes([{ on: ["seller_id", "email"], unique: true, where: "deleted_at IS NULL" }])
