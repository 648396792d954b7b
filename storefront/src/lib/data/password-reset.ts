"use server"

import { redirect } from "next/navigation"

import { textFields } from "@/lib/account/schemas"
import { formLocale } from "@/lib/forms/state"
import type { SecurityState } from "@/lib/security/form-state"
import { newPasswordSchema, parseSecurity, resetRequestSchema } from "@/lib/security/schemas"
import { messageOf } from "@/lib/util/errors"

import { authFetch, waitOf } from "./auth-api"
import { getAuthToken, removeAuthToken, removeCartId, removeSellerToken } from "./cookies"
import { statusOf } from "./customer-reads"

// Password reset through Medusa's emailpass flow, for customers (`customer`) and sellers (`seller`).

/**
 * Form action: asks the backend to mail a reset link (valid 15 minutes) in the page's language. The answer is the
 * same whether the address has an account or not, so the form cannot be used to find out who has one.
 */
export async function requestPasswordReset(_state: SecurityState, form: FormData): Promise<SecurityState> {
  const locale = formLocale(form)
  const input = textFields(form, ["actor", "email"])
  const values = { email: input.email }
  const parsed = parseSecurity(resetRequestSchema, input)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const { actor, email } = parsed.data
  try {
    await authFetch(`/auth/${actor}/emailpass/reset-password`, { body: { identifier: email, metadata: { locale } } })
  } catch (error) {
    const detail = waitOf(error, locale)
    if (detail) return { status: "failed", message: "tooMany", detail, values }
    console.error(`Password reset request failed: ${messageOf(error)}`)
    return { status: "failed", message: "failed", values }
  }
  return { status: "saved", message: "requested", values }
}

/**
 * Form action on a reset link's page: sets the new password with the link's token (single use). The backend then
 * refuses every earlier session of the account, so this browser's is dropped too (a customer's with its cart, as at
 * sign-out), and the sign-in page says the password was changed. A used, expired or tampered link says so.
 */
export async function setNewPassword(_state: SecurityState, form: FormData): Promise<SecurityState> {
  const locale = formLocale(form)
  const parsed = parseSecurity(newPasswordSchema, textFields(form, ["actor", "token", "email", "password", "confirm"]))
  if (!parsed.ok) {
    const { actor, token, email, ...fieldErrors } = parsed.fieldErrors
    if (actor || token || email) return { status: "failed", message: "linkInvalid" }
    return { status: "invalid", fieldErrors, message: "invalid" }
  }
  const { actor, token, email, password } = parsed.data
  try {
    await authFetch(`/auth/${actor}/emailpass/update`, { token, body: { email, password } })
  } catch (error) {
    if (statusOf(error) === 401) return { status: "failed", message: "linkInvalid" }
    const detail = waitOf(error, locale)
    if (detail) return { status: "failed", message: "tooMany", detail }
    console.error(`Setting a new password failed: ${messageOf(error)}`)
    return { status: "failed", message: "failed" }
  }
  if (actor === "seller") {
    await removeSellerToken()
    redirect(`/${locale}/sell/sign-in?reset=1`)
  }
  if (await getAuthToken()) {
    await removeAuthToken()
    await removeCartId()
  }
  redirect(`/${locale}/account?reset=1`)
}
