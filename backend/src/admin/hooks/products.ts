import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { SellerRef, SellerStatus } from "../lib/types"

type ProductSeller = (SellerRef & { status: SellerStatus }) | null
// The product API returns the seller-product link as a field when asked for it.
type WithSeller<T> = T & { seller?: ProductSeller }

/** A product's seller. */
export function useProductSeller(productId: string) {
  return useQuery({
    queryKey: ["products", productId, "seller"],
    queryFn: () => sdk.admin.product.retrieve(productId, { fields: "id,seller.id,seller.name,seller.handle,seller.status" }),
    select: ({ product }) => (product as WithSeller<typeof product>).seller ?? null,
  })
}

/** Titles and sellers of the given products, to name the products of a moderation log page. */
export function useProductTitles(ids: string[]) {
  return useQuery({
    queryKey: ["products", "titles", ids],
    queryFn: () =>
      sdk.admin.product.list({ id: ids, limit: ids.length, fields: "id,title,seller.id,seller.name" }),
    select: ({ products }) => new Map(products.map((p) => [p.id, p as WithSeller<typeof p>])),
    enabled: ids.length > 0,
  })
}
