import { MedusaResponse } from "@medusajs/framework/http"
import { createSellerProductWorkflow } from "../../../workflows/seller-product"
import { VendorRequest } from "../seller-context"
import { readSellerProducts, sellerProductIds } from "./read"
import { VendorCreateProductType, VendorListProductsType } from "./validators"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as VendorListProductsType
  const ids = await sellerProductIds(req.scope, req.seller.id)
  const { products, count } = await readSellerProducts(req.scope, req.seller.id, ids, { skip: offset, take: limit }, status)
  res.json({ products, count, offset, limit })
}

export async function POST(req: VendorRequest<VendorCreateProductType>, res: MedusaResponse) {
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller.id, actor_id: req.member.id, product: req.validatedBody },
  })
  const { products } = await readSellerProducts(req.scope, req.seller.id, [result.id])
  res.status(201).json({ product: products[0] })
}
