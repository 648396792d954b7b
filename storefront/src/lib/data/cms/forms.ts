"use server"

import { getConfig } from "@/lib/config"
import { formFields, HONEYPOT, payloadFieldErrors, validateForm, type FieldError, type FormField, type FormValues } from "@/lib/cms/form"
import { isLocale } from "@/lib/i18n/locales"

export type FormState = {
  status: "idle" | "sent" | "invalid" | "failed"
  errors?: Partial<Record<FormField, FieldError>>
  /** What the visitor typed, so the fields keep it when the form comes back with errors. */
  values?: FormValues
}

/**
 * Form action (useActionState) of the form block: checks the fields and stores the message in the
 * CMS's `form-submissions`. A filled honeypot gets a fake success, so bots learn nothing.
 */
export async function submitForm(_state: FormState, formData: FormData): Promise<FormState> {
  const text = (key: string) => {
    const value = formData.get(key)
    return typeof value === "string" ? value.trim() : ""
  }
  const values = Object.fromEntries(formFields.map((field) => [field, text(field)])) as FormValues
  if (text(HONEYPOT)) return { status: "sent" }
  const errors = validateForm(values)
  if (Object.keys(errors).length > 0) return { status: "invalid", errors, values }

  const page = text("page")
  const locale = text("locale")
  const { cmsUrl } = getConfig()
  try {
    const response = await fetch(`${cmsUrl}/api/form-submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        ...values,
        page: /^\d{1,15}$/.test(page) ? Number(page) : /^[\w-]{1,64}$/.test(page) ? page : undefined,
        locale: isLocale(locale) ? locale : undefined,
      }),
      cache: "no-store",
      signal: AbortSignal.timeout(5000),
    })
    if (response.ok) return { status: "sent" }
    const rejected = response.status === 400 ? payloadFieldErrors(await response.json().catch(() => null)) : {}
    if (Object.keys(rejected).length > 0) return { status: "invalid", errors: rejected, values }
    throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    console.error(`Form submission to ${cmsUrl} failed: ${(error as Error).message}`)
    return { status: "failed", values }
  }
}
