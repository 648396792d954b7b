import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { toLocale } from "../../../notifications"
import { links } from "../links"
import { Notice } from "../notice"

export type SellerNoticeInput =
  | { type: "seller_approved" | "seller_rejected"; seller_id: string }
  | { type: "product_approved" | "product_rejected"; product_id: string }
  | { type: "payout_paid"; payout_id: string }

/** The e-mail to a seller (its contact address) about its application, a product's review or a payout. */
export const sellerNoticeStep = createStep("seller-notice", async (input: SellerNoticeInput, { container }) => {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const notice = (seller: { id: string; email: string; locale?: string | null }, data: (locale: ReturnType<typeof toLocale>) => Record<string, unknown>, key: string, resource: Notice["resource"]) => {
    const locale = toLocale(seller.locale)
    return new StepResponse<Notice[]>([{ type: input.type, locale, email: seller.email, recipient_id: null, data: data(locale), key, resource }])
  }

  switch (input.type) {
    case "seller_approved":
    case "seller_rejected": {
      const seller = await sellers.retrieveSeller(input.seller_id)
      // A seller can be rejected, then approved later: one notice per decision.
      const decided = seller.status_decided_at ? new Date(seller.status_decided_at).getTime() : 0
      return notice(
        seller,
        (locale) => ({
          seller: { name: seller.name },
          url: links.workspace(locale, input.type === "seller_approved" ? "/dashboard" : "/pending"),
          ...(input.type === "seller_rejected" ? { reason: seller.status_reason ?? null } : {}),
        }),
        `${input.type}:${seller.id}:${decided}`,
        { id: seller.id, type: "seller" }
      )
    }
    case "product_approved":
    case "product_rejected": {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle", "seller.id"], filters: { id: input.product_id } })
      const product = data[0]
      if (!product?.seller) return new StepResponse<Notice[]>([])
      const [seller, [entry]] = await Promise.all([
        sellers.retrieveSeller(product.seller.id),
        sellers.listModerationEntries(
          { product_id: product.id, action: input.type === "product_approved" ? "approved" : "rejected" },
          { order: { created_at: "DESC" }, take: 1 }
        ),
      ])
      return notice(
        seller,
        (locale) =>
          input.type === "product_approved"
            ? { product: { title: product.title, url: links.product(locale, product.handle) } }
            : { product: { title: product.title, url: links.workspace(locale, `/products/${product.id}`) }, reason: entry?.reason ?? null },
        `${input.type}:${entry?.id ?? product.id}`,
        { id: product.id, type: "product" }
      )
    }
    case "payout_paid": {
      const payout = await sellers.retrievePayout(input.payout_id)
      const seller = await sellers.retrieveSeller(payout.seller_id)
      return notice(
        seller,
        (locale) => ({ payout: { amount: Number(payout.amount), currency_code: payout.currency_code }, url: links.workspace(locale, "/payouts") }),
        `payout_paid:${payout.id}`,
        { id: payout.id, type: "payout" }
      )
    }
  }
})
