"use client"

import { useActionState, type ReactNode } from "react"

import { HONEYPOT, type FormField } from "@/lib/cms/form"
import { submitForm, type FormState } from "@/lib/data/cms/forms"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

type Props = { pageId: string; locale: Locale; submitLabel: string; successMessage: string; t: Dictionary["form"] }

type FieldProps = {
  id: string
  name: FormField
  required: boolean
  defaultValue: string
  "aria-invalid"?: boolean
  "aria-describedby"?: string
}

const initialState: FormState = { status: "idle" }

/** The form block's fields (name, email, message); a server action, so it also posts without JavaScript. */
export default function ContactForm({ pageId, locale, submitLabel, successMessage, t }: Props) {
  const [state, action, pending] = useActionState(submitForm, initialState)
  if (state.status === "sent") {
    return (
      <p className="form__success" role="status">
        {successMessage}
      </p>
    )
  }

  const field = (name: FormField, label: string, input: (props: FieldProps) => ReactNode) => {
    const error = state.errors?.[name]
    const id = `form-${name}`
    return (
      <div className="form__field">
        <label htmlFor={id}>{label}</label>
        {input({
          id,
          name,
          required: true,
          defaultValue: state.values?.[name] ?? "",
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
        })}
        {error && (
          <p id={`${id}-error`} className="form__error">
            {t.errors[error]}
          </p>
        )}
      </div>
    )
  }

  return (
    <form className="form" action={action} noValidate>
      <input type="hidden" name="page" value={pageId} />
      <input type="hidden" name="locale" value={locale} />
      {field("name", t.name, (props) => <input type="text" autoComplete="name" maxLength={200} {...props} />)}
      {field("email", t.email, (props) => <input type="email" autoComplete="email" maxLength={254} {...props} />)}
      {field("message", t.message, (props) => <textarea rows={6} maxLength={5000} {...props} />)}
      {/* Off-screen, not display:none, so bots that skip hidden inputs still fill it. */}
      <div className="form__honeypot" aria-hidden="true">
        <label htmlFor="form-website">{t.honeypot}</label>
        <input id="form-website" type="text" name={HONEYPOT} tabIndex={-1} autoComplete="off" />
      </div>
      <p className="form__status" role="status">
        {state.status === "invalid" ? t.invalid : state.status === "failed" ? t.failed : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.sending : submitLabel}
      </button>
    </form>
  )
}
