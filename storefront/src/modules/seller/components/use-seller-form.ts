"use client"

import { useActionState, useEffect, useRef } from "react"

import { idle, type SellerFormState } from "@/lib/seller/form-state"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

type Action = (state: SellerFormState, form: FormData) => Promise<SellerFormState>

export type ErrorTexts = Pick<SellerMessages, "errors" | "fieldErrors">

/**
 * A seller form's action state, its fields' translated errors (a field's own text where it has one), what a field
 * shows after the form came back, and the focus moved to the first field the server refused.
 */
export function useSellerForm(action: Action, t: ErrorTexts) {
  const [state, formAction, pending] = useActionState(action, idle)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.status === "invalid") form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? (t.fieldErrors[name]?.[code] ?? t.errors[code]) : undefined
  }
  const value = (name: string, initial = "") => state.values?.[name] ?? initial
  return { state, action: formAction, pending, form, error, value }
}
