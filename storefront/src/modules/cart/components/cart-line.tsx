import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { deleteLineItem, updateLineItem } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

type Props = {
  item: HttpTypes.StoreCartLineItem
  currencyCode: string
  locale: Locale
  t: Dictionary["cart"]
  /** The drawer shows the same line beside the page, so it needs its own ids and test id. */
  place?: "page" | "drawer"
}

/** One cart line; quantity and removal are plain forms posting to server actions. */
export default function CartLine({ item, currencyCode, locale, t, place = "page" }: Props) {
  const quantityId = `${place}-quantity-${item.id}`
  // Before discounts: the summary shows them in one line of their own.
  const total = item.original_total ?? item.unit_price * item.quantity
  return (
    <li className={`cart-line cart-line--${place}`} data-testid={place === "page" ? "cart-line" : "drawer-line"}>
      <div className="cart-line__media">{item.thumbnail && <img src={item.thumbnail} alt="" loading="lazy" />}</div>
      <div className="cart-line__details">
        {item.product_handle ? (
          <Link href={`/${locale}/products/${item.product_handle}`} className="cart-line__title">
            {item.product_title ?? item.title}
          </Link>
        ) : (
          <span className="cart-line__title">{item.product_title ?? item.title}</span>
        )}
        {item.variant_title && <p className="cart-line__variant">{item.variant_title}</p>}
        <p className="cart-line__unit">
          {t.unitPrice}: {formatMoney(item.unit_price, currencyCode, locale)}
        </p>
      </div>
      <form action={updateLineItem} className="cart-line__quantity">
        <input type="hidden" name="line_id" value={item.id} />
        <label htmlFor={quantityId}>{t.quantity}</label>
        <input
          id={quantityId}
          type="number"
          name="quantity"
          inputMode="numeric"
          min={0}
          max={99}
          required
          defaultValue={item.quantity}
        />
        <button type="submit" className="button button--small">
          {t.update}
        </button>
      </form>
      <p className="cart-line__total">
        <span className="visually-hidden">{t.lineTotal}: </span>
        {formatMoney(total, currencyCode, locale)}
      </p>
      <form action={deleteLineItem} className="cart-line__remove">
        <input type="hidden" name="line_id" value={item.id} />
        <button type="submit" className="button button--link">
          {t.remove}
        </button>
      </form>
    </li>
  )
}
