import { groupBySeller } from "@/lib/checkout/group"
import type { Seller } from "@/lib/data/products"
import { fill } from "@/lib/i18n/fill"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"

type Line = {
  id: string
  product_id?: string | null
  thumbnail?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  total?: number | null
}

type Props = { lines: Line[]; sellers: Map<string, Seller>; money: (amount: number) => string; t: CheckoutMessages }

/** A cart's or an order's lines, one group per seller, since each seller ships its own parcel. */
export default function SellerGroups({ lines, sellers, money, t }: Props) {
  return groupBySeller(lines, sellers).map(({ seller, lines }) => (
    <section key={seller?.id ?? "other"} className="checkout-summary__seller" data-testid="seller-group">
      {seller && <h3>{fill(t.soldBy, { seller: seller.name })}</h3>}
      <ul>
        {lines.map((line) => (
          <li key={line.id} className="checkout-summary__line">
            {line.thumbnail ? <img src={line.thumbnail} alt="" width={48} height={48} loading="lazy" /> : <span />}
            <span className="checkout-summary__title">
              {line.product_title ?? line.title}
              {line.variant_title && <span className="checkout-summary__variant"> · {line.variant_title}</span>}
              <span className="checkout-summary__qty">{fill(t.quantity, { n: line.quantity })}</span>
            </span>
            <span>{money(line.total ?? line.unit_price * line.quantity)}</span>
          </li>
        ))}
      </ul>
    </section>
  ))
}
