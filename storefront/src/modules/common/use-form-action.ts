"use client"

import { useActionState, useEffect, useRef } from "react"

import { idle, type FormState } from "@/lib/forms/state"

type ErrorTexts = {
  /** Each error code in words. */
  errors: Record<string, string>
  /** A field's own words for a code, by field name, where the general ones would say too little. */
  fieldErrors?: Record<string, Partial<Record<string, string>>>
}

/** What useFormAction gives a form. */
export type FormAction<S extends FormState<string>> = ReturnType<typeof useFormAction<S>>

/**
 * A form's action state (useActionState), its fields' translated errors, what a field shows after the form came back
 * (what was typed, else `initial`), and the focus moved to the first field the server refused, so keyboard and
 * screen reader users land on it.
 */
export function useFormAction<S extends FormState<string>>(
  action: (state: Awaited<S>, form: FormData) => Promise<S>,
  t: ErrorTexts
) {
  const [state, formAction, pending] = useActionState(action, idle as Awaited<S>)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.fieldErrors && Object.keys(state.fieldErrors).length > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    }
  }, [state])
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? (t.fieldErrors?.[name]?.[code] ?? t.errors[code]) : undefined
  }
  const value = (name: string, initial = "") => state.values?.[name] ?? initial
  return { state, action: formAction, pending, form, error, value }
}
