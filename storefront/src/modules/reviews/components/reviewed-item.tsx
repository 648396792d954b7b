import type { AccountOrderItem } from "@/lib/data/orders"

/** The order line a review is about, as the order page shows it: thumbnail, product and variant. */
export default function ReviewedItem({ item }: { item: AccountOrderItem }) {
  return (
    <div className="order-item reviewed-item">
      <div className="order-item__media">{item.thumbnail && <img src={item.thumbnail} alt="" loading="lazy" />}</div>
      <div>
        <p className="order-item__title">{item.product_title ?? item.title}</p>
        {item.variant_title && <p className="account__muted">{item.variant_title}</p>}
      </div>
    </div>
  )
}
