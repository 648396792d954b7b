import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { Row, Section } from "../components/section"
import { Status } from "../components/status"
import { useSubOrders } from "../hooks/sub-orders"
import { money, percent } from "../lib/format"

/** The order split by seller: what each sold, the platform's commission and what the seller is paid. */
const OrderSubOrdersWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useSubOrders(order.id)
  if (isLoading) return null
  const subOrders = data?.sub_orders ?? []

  return (
    <Section title="Sellers">
      {error || !subOrders.length ? (
        <Text size="small" className={error ? "text-ui-fg-error px-6 py-4" : "text-ui-fg-subtle px-6 py-4"}>
          {error?.message ?? "No seller sub-orders for this order."}
        </Text>
      ) : (
        subOrders.map((sub) => (
          <div key={sub.id}>
            <div className="flex items-center justify-between gap-x-2 px-6 pt-4">
              <Link to={`/sellers/${sub.seller_id}`} className="text-ui-fg-interactive txt-compact-small-plus hover:underline">
                {sub.seller?.name ?? sub.seller_id}
              </Link>
              <Status value={sub.fulfillment_status} />
            </div>
            <Row label="Items">{money(sub.item_total, sub.currency_code)}</Row>
            <Row label="Shipping share">{money(sub.shipping_total, sub.currency_code)}</Row>
            <Row label={`Commission (${percent(sub.commission_rate)})`}>{money(sub.commission_total, sub.currency_code)}</Row>
            <Row label="Payout">{money(sub.payout_total, sub.currency_code)}</Row>
          </div>
        ))
      )}
    </Section>
  )
}

// One block per seller fits the side column, beside the order summary.
export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderSubOrdersWidget
