"use client"

import { useEffect, useRef } from "react"

import type { AccountState } from "@/lib/data/customer"

/** Moves the focus to the first field the server refused, so keyboard and screen reader users land on it. */
export function useFocusError(state: AccountState) {
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.status === "invalid") form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])
  return form
}
