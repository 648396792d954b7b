import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "./seller-member"
import { Seller } from "./seller"

/** An owner's invitation to join a seller; only the SHA-256 of the token is stored. */
export const SellerInvite = model
  .define("seller_invite", {
    id: model.id({ prefix: "selinv" }).primaryKey(),
    email: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    seller: model.belongsTo(() => Seller, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token_hash"], unique: true }])
