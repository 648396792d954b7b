import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SellerDetail } from "../../lib/types"
import { Section } from "../section"

/** The stock location created for the seller on approval; its stock ships from there. */
export function SellerStockLocation({ seller }: { seller: SellerDetail }) {
  return (
    <Section title="Stock location">
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {seller.stock_location ? (
          <Link className="text-ui-fg-interactive hover:underline" to={`/settings/locations/${seller.stock_location.id}`}>
            {seller.stock_location.name}
          </Link>
        ) : (
          "None yet: it is created when the seller is approved."
        )}
      </Text>
    </Section>
  )
}
