"use client"

import { useRef } from "react"

import { createFulfilment } from "@/lib/data/vendor-order-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { quantityField } from "@/lib/workspace/names"
import { InputField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"
import { useFormAction } from "@/modules/common/use-form-action"

import { useRefocus } from "./use-refocus"

type Props = {
  locale: Locale
  orderId: string
  /** The lines with something left to fulfil; none once everything is in a fulfilment. */
  lines: { id: string; name: string; left: number }[]
  canceled: boolean
  t: Pick<WorkspaceMessages, "order" | "errors" | "messages">
}

/**
 * "Fulfil items": a quantity per line, by default all that is left, into one new fulfilment. The section stays
 * when nothing is left, so the result is still announced and the focus has a place to go.
 */
export default function FulfilForm({ locale, orderId, lines, canceled, t }: Props) {
  const { state, action, pending, form, error, value } = useFormAction(createFulfilment, t)
  const status = useRef<HTMLDivElement>(null)
  useRefocus(status, lines.length === 0)
  return (
    <section className="workspace-section" aria-labelledby="fulfil-heading">
      <h2 id="fulfil-heading">{t.order.fulfil}</h2>
      {canceled ? (
        <p className="workspace-muted">{t.order.canceled}</p>
      ) : lines.length === 0 ? (
        <p className="workspace-muted">{t.order.allFulfilled}</p>
      ) : (
        <form ref={form} className="form workspace-form" action={action} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="order_id" value={orderId} />
          <p className="account-form__hint">{t.order.fulfilIntro}</p>
          {lines.map((line) => (
            <InputField
              key={line.id}
              id={`fulfil-${line.id}`}
              name={quantityField(line.id)}
              label={fill(t.order.quantityFor, { title: line.name })}
              hint={fill(t.order.left, { n: line.left })}
              error={error(quantityField(line.id))}
              inputMode="numeric"
              autoComplete="off"
              className="workspace-form__quantity"
              defaultValue={value(quantityField(line.id), String(line.left))}
            />
          ))}
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t.order.creating : t.order.create}
          </button>
        </form>
      )}
      <div ref={status} tabIndex={-1} className="workspace-section__status">
        <FormStatus state={state} messages={t.messages} />
      </div>
    </section>
  )
}
