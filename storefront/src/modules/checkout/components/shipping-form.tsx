import type { HttpTypes } from "@medusajs/types"

import { chooseShipping } from "@/lib/data/checkout"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

type Props = {
  locale: Locale
  options: HttpTypes.StoreCartShippingOption[]
  selected: string | undefined
  currencyCode: string
  invalid: boolean
  t: CheckoutMessages
}

/** Step 2: the delivery methods for the cart's address, with their prices; a plain form post. */
export default function ShippingForm({ locale, options, selected, currencyCode, invalid, t }: Props) {
  if (!options.length) return <p className="form__error">{t.noShipping}</p>
  return (
    <form className="form checkout__form" action={chooseShipping}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="checkout__fieldset" aria-describedby={invalid ? "shipping-error" : undefined}>
        <legend>{t.deliveryMethod}</legend>
        {options.map((option, index) => (
          <div className="form__radio" key={option.id}>
            <input
              id={`shipping-${option.id}`}
              type="radio"
              name="option_id"
              value={option.id}
              required
              defaultChecked={selected ? selected === option.id : index === 0}
            />
            <label htmlFor={`shipping-${option.id}`}>
              <span>{option.name}</span>
              <span className="form__radio-price">{formatMoney(option.amount ?? 0, currencyCode, locale)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {invalid && (
        <p id="shipping-error" className="form__error">
          {t.optionInvalid}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t.continueToPayment}
      </button>
    </form>
  )
}
