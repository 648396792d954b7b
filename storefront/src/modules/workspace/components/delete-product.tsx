"use client"

import { useActionState, useEffect, useRef, useState } from "react"

import { deleteProduct } from "@/lib/data/vendor-product-actions"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import FormStatus from "@/modules/common/components/form-status"

type Props = {
  locale: Locale
  productId: string
  t: { delete: WorkspaceMessages["product"]["delete"]; messages: WorkspaceMessages["messages"] }
}

/**
 * Deletes the product after a second, explicit step: the question takes the focus (so a double press cannot
 * delete by accident), "Yes, delete" confirms, "Cancel" returns to the first button.
 */
export default function DeleteProduct({ locale, productId, t }: Props) {
  const [state, action, pending] = useActionState(deleteProduct, idle)
  const [confirming, setConfirming] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  const start = useRef<HTMLButtonElement>(null)
  const opened = useRef(false)
  useEffect(() => {
    if (confirming) question.current?.focus()
    else if (opened.current) start.current?.focus()
    opened.current = confirming
  }, [confirming])
  return (
    <section className="workspace-danger" aria-labelledby="delete-product-heading">
      <h2 id="delete-product-heading">{t.delete.title}</h2>
      <p>{t.delete.intro}</p>
      {confirming ? (
        <form action={action} className="workspace-danger__confirm">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="product_id" value={productId} />
          <p id="delete-product-question" ref={question} tabIndex={-1} className="workspace-danger__question">
            {t.delete.confirm}
          </p>
          <button
            type="submit"
            className="button button--danger"
            disabled={pending}
            aria-describedby="delete-product-question"
          >
            {pending ? t.delete.deleting : t.delete.yes}
          </button>
          <button type="button" className="button" disabled={pending} onClick={() => setConfirming(false)}>
            {t.delete.cancel}
          </button>
        </form>
      ) : (
        <button ref={start} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t.delete.button}
        </button>
      )}
      <FormStatus state={state} messages={t.messages} />
    </section>
  )
}
