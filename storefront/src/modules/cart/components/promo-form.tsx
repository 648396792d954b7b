"use client"

import { useActionState } from "react"

import { applyPromoCode, type PromoState } from "@/lib/data/promotions"
import type { CartMessages } from "@/lib/i18n/messages/cart"

const initialState: PromoState = { status: "idle" }

/** Applies a promotion code; a real form posting to a server action, so it works without JavaScript. */
export default function PromoForm({ t }: { t: CartMessages["promo"] }) {
  const [state, formAction, pending] = useActionState(applyPromoCode, initialState)
  // Not dictionaries.ts' fill: importing it here would ship every dictionary to the browser.
  const withCode = (template: string) => template.replace("{code}", state.code ?? "")
  const message =
    state.status === "failed" && state.error
      ? withCode(t.errors[state.error])
      : state.status === "applied"
        ? withCode(t.applied)
        : ""
  const failed = state.status === "failed"
  return (
    <form action={formAction} className="promo-form">
      <label htmlFor="promo-code">{t.label}</label>
      <div className="promo-form__row">
        <input
          id="promo-code"
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          required
          // After a failure the code stays in the field to be corrected; after success it is cleared.
          defaultValue={failed ? state.code : ""}
          aria-invalid={failed || undefined}
          aria-describedby="promo-code-status"
        />
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? t.applying : t.apply}
        </button>
      </div>
      <p
        id="promo-code-status"
        className={failed ? "form__error" : "promo-form__status"}
        role="status"
        data-testid="promo-status"
      >
        {message}
      </p>
    </form>
  )
}
