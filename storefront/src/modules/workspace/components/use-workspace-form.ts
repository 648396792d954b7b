"use client"

import { useActionState, useEffect, useRef } from "react"

import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { idle, type WorkspaceState } from "@/lib/workspace/form"

type Action = (state: WorkspaceState, form: FormData) => Promise<WorkspaceState>

/**
 * A workspace form's action state, its fields' translated errors, what the seller typed (so a refused form
 * keeps it), and the focus moved to the first field the server refused.
 */
export function useWorkspaceForm(action: Action, errors: WorkspaceMessages["errors"]) {
  const [state, formAction, pending] = useActionState(action, idle)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.status !== "idle" && state.fieldErrors && Object.keys(state.fieldErrors).length) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    }
  }, [state])
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? errors[code] : undefined
  }
  const value = (name: string, initial = "") => state.values?.[name] ?? initial
  return { state, action: formAction, pending, form, error, value }
}
