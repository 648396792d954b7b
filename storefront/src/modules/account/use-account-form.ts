"use client"

import { useActionState, useEffect, useRef } from "react"

import type { AccountState } from "@/lib/data/customer"
import type { AccountMessages } from "@/lib/i18n/messages/account"

type Action = (state: AccountState, form: FormData) => Promise<AccountState>

const idle: AccountState = { status: "idle" }

/**
 * An account form's action state, its fields' translated errors, and the focus moved to the first field the
 * server refused, so keyboard and screen reader users land on it.
 */
export function useAccountForm(action: Action, errors: AccountMessages["errors"]) {
  const [state, formAction, pending] = useActionState(action, idle)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.status === "invalid") form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? errors[code] : undefined
  }
  return { state, action: formAction, pending, form, error }
}
