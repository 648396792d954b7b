import type { InputHTMLAttributes, ReactNode } from "react"

export type ControlProps = {
  id: string
  name?: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

type FieldProps = {
  id: string
  /** The name the control is sent under; none for a control that is only shown. */
  name?: string
  label: string
  /** The translated error, if the server refused the field. */
  error?: string
  hint?: string
}

type Props = FieldProps & { children: (control: ControlProps) => ReactNode }

/** A labelled form control with its hint and error tied to it (aria-describedby). */
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

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldProps | "children">

/** A FormField holding a single <input>; the props beyond the field's go to the input. */
export function InputField({ id, name, label, error, hint, type = "text", ...input }: InputProps) {
  return (
    <FormField id={id} name={name} label={label} error={error} hint={hint}>
      {(control) => <input {...control} type={type} {...input} />}
    </FormField>
  )
}

/** The e-mail address a form signs in, signs up or checks out with. */
export function EmailField(props: Omit<InputProps, "name" | "type" | "autoComplete" | "maxLength" | "required">) {
  return <InputField {...props} name="email" type="email" autoComplete="email" maxLength={254} required />
}
