import type { HttpTypes } from "@medusajs/types"

import { removePromoCode } from "@/lib/data/promotions"
import { fill } from "@/lib/i18n/fill"
import type { CartMessages } from "@/lib/i18n/messages/cart"

/** The codes the shopper applied, each with a form that removes it; automatic promotions are not listed. */
export default function PromoCodes({ cart, t }: { cart: HttpTypes.StoreCart; t: CartMessages["promo"] }) {
  const codes = (cart.promotions ?? []).flatMap((promotion) =>
    promotion?.code && !promotion.is_automatic ? [promotion.code] : []
  )
  if (!codes.length) return null
  return (
    <section className="promo-codes" aria-labelledby="promo-codes-heading">
      <h3 id="promo-codes-heading" className="promo-codes__heading">
        {t.codes}
      </h3>
      <ul>
        {codes.map((code) => (
          <li key={code} data-testid="promo-code">
            <span className="promo-codes__code">{code}</span>
            <form action={removePromoCode}>
              <input type="hidden" name="code" value={code} />
              <button type="submit" className="button button--link" aria-label={fill(t.removeCode, { code })}>
                {t.remove}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  )
}
