import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { Section } from "../components/section"
import { Status } from "../components/status"
import { useProductSeller } from "../hooks/products"

/** Who sells the product, with a link to the seller. */
const ProductSellerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: seller, isLoading, error } = useProductSeller(product.id)
  if (isLoading) return null

  return (
    <Section title="Seller">
      <div className="px-6 py-4">
        {error ? (
          <Text size="small" className="text-ui-fg-error">
            {error.message}
          </Text>
        ) : seller ? (
          <div className="flex items-center justify-between gap-x-2">
            <Link to={`/sellers/${seller.id}`} className="flex flex-col hover:underline">
              <Text size="small" weight="plus" className="text-ui-fg-interactive">
                {seller.name}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                @{seller.handle}
              </Text>
            </Link>
            <Status value={seller.status} />
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No seller: the platform sells this product itself.
          </Text>
        )}
      </div>
    </Section>
  )
}

// Beside the product's organisation details. (Medusa 2.21 appends widgets to their column, so
// side.before would land in the same place.)
export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductSellerWidget
