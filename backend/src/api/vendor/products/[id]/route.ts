import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteSellerProductWorkflow, updateSellerProductWorkflow } from "../../../../workflows/seller-product"
import { VendorRequest } from "../../seller-context"
import { readSellerProducts, sellerProductIds } from "../read"
import { VendorUpdateProductType } from "../validators"

async function ownProduct(req: VendorRequest) {
  const ids = await sellerProductIds(req.scope, req.seller.id, req.params.id)
  if (!ids.includes(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  const { products } = await readSellerProducts(req.scope, req.seller.id, [req.params.id])
  return products[0]
}

export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ product: await ownProduct(req) })
}

export async function POST(req: VendorRequest<VendorUpdateProductType>, res: MedusaResponse) {
  await updateSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller.id, actor_id: req.member.id, product_id: req.params.id, update: req.validatedBody },
  })
  // The workflow has checked that the product is the seller's.
  const { products } = await readSellerProducts(req.scope, req.seller.id, [req.params.id])
  res.json({ product: products[0] })
}

export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await deleteSellerProductWorkflow(req.scope).run({ input: { seller_id: req.seller.id, product_id: req.params.id } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
