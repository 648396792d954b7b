"use client"

import { useActionState, useState } from "react"

import { addToCart, type AddToCartState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { findVariant, type OptionSelection } from "@/lib/util/variants"

export type VariantChoice = { id: string; selection: OptionSelection; price: string | null; inStock: boolean }
type Option = { id: string; title: string; values: string[] }

type Props = {
  options: Option[]
  variants: VariantChoice[]
  t: Dictionary["product"]
  priceUnavailable: string
}

const initialState: AddToCartState = { status: "idle" }

/**
 * Variant selector and add-to-cart button. A real <form> with a server action, so a click before
 * hydration is replayed by React (and the form still posts without JavaScript).
 */
export default function ProductActions({ options, variants, t, priceUnavailable }: Props) {
  // Start from the first variant so a single click adds something sensible.
  const [selection, setSelection] = useState<OptionSelection>(variants[0]?.selection ?? {})
  const [state, formAction, pending] = useActionState(addToCart, initialState)
  // The state of the last add that the visitor has since moved on from (picked another variant).
  const [dismissed, setDismissed] = useState<AddToCartState>(initialState)
  const variant = findVariant(
    variants,
    options.map((option) => option.id),
    selection
  )

  const select = (optionId: string, value: string) => {
    setSelection((current) => ({ ...current, [optionId]: value }))
    setDismissed(state)
  }

  const result = state === dismissed ? "idle" : state.status
  const message = !variant
    ? t.unavailable
    : !variant.inStock
      ? t.outOfStock
      : result === "added"
        ? t.added
        : result === "failed"
          ? t.failed
          : ""

  return (
    <form className="product-actions" action={formAction}>
      <p className="product-actions__price">{variant?.price ?? priceUnavailable}</p>
      {options.map((option) => (
        <fieldset key={option.id} className="option-picker">
          <legend>{option.title}</legend>
          {option.values.map((value) => (
            <label key={value} className="option-picker__value">
              <input
                type="radio"
                name={`option-${option.id}`}
                value={value}
                checked={selection[option.id] === value}
                onChange={() => select(option.id, value)}
              />
              <span>{value}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
      <button
        type="submit"
        className="button button--primary"
        data-testid="add-to-cart"
        disabled={!variant || !variant.inStock || pending}
      >
        {pending ? t.adding : t.addToCart}
      </button>
      <p className="product-actions__status" role="status">
        {message}
      </p>
    </form>
  )
}
