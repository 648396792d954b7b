import type { InputHTMLAttributes } from "react"

import type { WorkspaceState } from "@/lib/workspace/form"
import { rowField } from "@/lib/workspace/names"
import type { FormAction } from "@/modules/common/use-form-action"

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

/**
 * What every field of one variant row gets, by the field's name: its id and form name, its error, the value it shows
 * (what was typed, else `initial`), and the row's `context` for its accessible name.
 */
export function rowFieldProps(
  { error, value }: Pick<FormAction<WorkspaceState>, "error" | "value">,
  { idPrefix, row, context }: { idPrefix: string; row: number | string; context: string }
) {
  return (name: string, initial = "") => {
    const field = rowField(row, name)
    return {
      id: `${idPrefix}-${name}`,
      name: field,
      context,
      error: error(field),
      defaultValue: value(field, initial),
      autoComplete: "off",
    }
  }
}
