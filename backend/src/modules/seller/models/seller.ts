import { model } from "@medusajs/framework/utils"
import { SellerInvite } from "./seller-invite"
import { SellerMember } from "./seller-member"

export const SELLER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]

export const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    email: model.text(),
    country_code: model.text(),
    // The language of the seller's e-mails (en, de, el); null: English.
    locale: model.text().nullable(),
    status: model.enum([...SELLER_STATUSES]).default("pending"),
    // Why and by whom the status was last decided (an admin user id, or "system" for a plugin hook).
    status_reason: model.text().nullable(),
    status_decided_by: model.text().nullable(),
    status_decided_at: model.dateTime().nullable(),
    // Percent of item totals the platform keeps; null means the platform default.
    commission_rate: model.bigNumber().nullable(),
    payout_method: model.enum(["iban", "vivawallet"]).nullable(),
    payout_account_holder: model.text().nullable(),
    payout_iban: model.text().nullable(),
    payout_vivawallet_merchant_id: model.text().nullable(),
    // The status each product had before a suspension took it off the store, restored on reinstatement.
    suspended_products: model.json().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    invites: model.hasMany(() => SellerInvite, { mappedBy: "seller" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
