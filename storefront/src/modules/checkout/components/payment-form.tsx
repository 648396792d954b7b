"use client"

import { useActionState } from "react"

import type { CheckoutError, PaymentProvider } from "@/lib/checkout/steps"
import { placeOrder, type PaymentState } from "@/lib/data/checkout"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"

type Props = {
  locale: Locale
  providers: PaymentProvider[]
  /** Why the last attempt failed, when the shopper came back from the payment page. */
  error: CheckoutError | undefined
  t: CheckoutMessages
}

/**
 * Step 3: the payment method and the order button. The button is disabled while the order is being
 * placed; the server makes one order per cart even if a second request gets through.
 */
export default function PaymentForm({ locale, providers, error, t }: Props) {
  const [state, action, pending] = useActionState(placeOrder, { status: "idle", error } satisfies PaymentState)
  const message = state.error ? t.paymentErrors[state.error] : ""
  return (
    <form className="form checkout__form" action={action}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="checkout__fieldset">
        <legend>{t.paymentMethod}</legend>
        {providers.map((id, index) => (
          <div className="form__radio" key={id}>
            <input
              id={`payment-${id}`}
              type="radio"
              name="provider_id"
              value={id}
              required
              defaultChecked={index === 0}
              aria-describedby={`payment-${id}-note`}
            />
            <label htmlFor={`payment-${id}`}>{t.providers[id]}</label>
            <p id={`payment-${id}-note`} className="form__hint">
              {t.providerNotes[id]}
            </p>
          </div>
        ))}
      </fieldset>
      <p className="form__error checkout__payment-error" role="alert" data-testid="payment-error">
        {pending ? "" : message}
      </p>
      <button type="submit" className="button button--primary" disabled={pending} aria-disabled={pending}>
        {pending ? t.placing : t.placeOrder}
      </button>
    </form>
  )
}
