import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { ModerationLog } from "../components/moderation-log"

/** The product's moderation history: each proposal and decision, by whom and why. */
const ProductModerationWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <Container className="p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Moderation</Heading>
    </div>
    <ModerationLog productId={product.id} pageSize={10} />
  </Container>
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductModerationWidget
