"use client"

import { useActionState } from "react"

import { lookupOrder, type LookupState } from "@/lib/data/order-lookup"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"

const idle: LookupState = { status: "idle" }

/** E-mail and order number; a server action, so it also works without JavaScript. */
export default function LookupForm({ locale, t }: { locale: Locale; t: CheckoutMessages["lookup"] }) {
  const [state, action, pending] = useActionState(lookupOrder, idle)
  const message = state.status === "idle" ? "" : t[state.status]
  return (
    <form className="form" action={action} aria-describedby={message ? "lookup-status" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <div className="form__field">
        <label htmlFor="lookup-email">{t.email}</label>
        <input id="lookup-email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} />
      </div>
      <div className="form__field">
        <label htmlFor="lookup-number">{t.number}</label>
        <input id="lookup-number" name="number" inputMode="numeric" pattern="[0-9]*" required maxLength={12} defaultValue={state.values?.number} />
      </div>
      <p id="lookup-status" className="form__status" role="status">
        {message}
      </p>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.pending : t.submit}
      </button>
    </form>
  )
}
