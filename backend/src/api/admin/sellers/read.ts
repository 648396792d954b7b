import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { sellerView } from "../../vendor/sellers/serialize"

/** A seller for operators: profile, members, its stock location and the effective commission rate. */
export async function adminSeller(container: MedusaContainer, id: string) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const [seller] = await service.listSellers({ id }, { relations: ["members"] })
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with id: ${id} was not found`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["stock_location.id", "stock_location.name"], filters: { id } })
  return {
    ...sellerView(seller as never),
    effective_commission_rate: service.commissionRateFor({ commission_rate: seller.commission_rate == null ? null : Number(seller.commission_rate) }),
    stock_location: data[0]?.stock_location ?? null,
  }
}
