import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { searchCatalog } from "./search"
import { CatalogQueryType } from "./validators"

/**
 * One page of the catalog, `{ products: [{ id }], count, offset, limit }`, for searches Medusa's store list
 * cannot answer: the seller's name in `q`, a price range, stock and price order. Only ids: the storefront reads
 * the products through `GET /store/products?id[]=…` (prices, stock and seller exactly as everywhere else) and
 * keeps this order.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as CatalogQueryType
  const { publishable_key_context: key } = req as { publishable_key_context?: { sales_channel_ids?: string[] } }
  const salesChannelIds = key?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const { ids, count } = await searchCatalog(req.scope, query, { salesChannelIds })
  res.json({ products: ids.map((id) => ({ id })), count, offset: query.offset, limit: query.limit })
}
