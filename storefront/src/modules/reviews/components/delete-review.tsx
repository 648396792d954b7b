"use client"

import { useActionState } from "react"

import { deleteReview, type ReviewState } from "@/lib/data/review-actions"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import FormStatus from "@/modules/common/components/form-status"
import { useConfirmStep } from "@/modules/common/use-confirm-step"

type Props = {
  locale: Locale
  review: { id: string; product_id: string; order_id: string }
  productHandle: string | null
  t: { delete: ReviewMessages["form"]["delete"]; messages: ReviewMessages["messages"] }
}

/** "Delete review", then a confirmation in place; "Yes, delete" removes it and opens its order. */
export default function DeleteReview({ locale, review, productHandle, t }: Props) {
  const [state, action, pending] = useActionState<ReviewState, FormData>(deleteReview, idle)
  const { confirming, question, opener, ask, cancel } = useConfirmStep()

  return (
    <section className="delete-review">
      {confirming ? (
        <form action={action} className="delete-review__confirm">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="review_id" value={review.id} />
          <input type="hidden" name="product_id" value={review.product_id} />
          <input type="hidden" name="order_id" value={review.order_id} />
          {productHandle && <input type="hidden" name="product_handle" value={productHandle} />}
          <p ref={question} tabIndex={-1}>
            <strong>{t.delete.confirm}</strong> {t.delete.explain}
          </p>
          <div className="delete-review__actions">
            <button type="submit" className="button delete-review__button" disabled={pending}>
              {pending ? t.delete.deleting : t.delete.yes}
            </button>
            <button type="button" className="button" onClick={cancel} disabled={pending}>
              {t.delete.no}
            </button>
          </div>
        </form>
      ) : (
        <button ref={opener} type="button" className="button delete-review__button" onClick={ask}>
          {t.delete.button}
        </button>
      )}
      <FormStatus state={state} messages={t.messages} />
    </section>
  )
}
