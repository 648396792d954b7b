import type { InputHTMLAttributes } from "react"

type Props = {
  id: string
  name: string
  /** The visible label ("Price (EUR)"); `context` completes it for assistive technology ("for Standard"). */
  label: string
  context: string
  error?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">

/**
 * One field of a variant row. The row's legend already shows which variant it is, so the label shows the field
 * only; its accessible name still says both ("Price (EUR) for Standard"), as every row has the same fields.
 */
export default function RowField({ id, name, label, context, error, ...input }: Props) {
  return (
    <div className="form__field">
      <label htmlFor={id}>
        {label} <span className="visually-hidden">{context}</span>
      </label>
      <input
        id={id}
        name={name}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="form__error">
          {error}
        </p>
      )}
    </div>
  )
}
