import type { ReactNode } from "react"

export type ControlProps = {
  id: string
  name: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

type Props = {
  id: string
  name: string
  label: string
  /** The translated error, if the server refused the field. */
  error?: string
  hint?: string
  children: (control: ControlProps) => ReactNode
}

/** A labelled form control with its hint and error tied to it (aria-describedby), for the account forms. */
export default function FormField({ id, name, label, error, hint, children }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div className="form__field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="account-form__hint">
          {hint}
        </p>
      )}
      {children({ id, name, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined })}
      {error && (
        <p id={`${id}-error`} className="form__error">
          {error}
        </p>
      )}
    </div>
  )
}
