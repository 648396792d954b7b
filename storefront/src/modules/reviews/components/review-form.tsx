"use client"

import { useId, useState } from "react"

import { saveReview, type ReviewState } from "@/lib/data/review-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { BODY_MAX, BODY_WARN_AT, RATINGS, TITLE_MAX } from "@/lib/reviews/limits"
import { countText, formatCount } from "@/lib/social/format"
import FormField from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"
import { useFormAction } from "@/modules/common/use-form-action"

import ReviewPhotos from "./review-photos"
import { useReviewPhotos } from "./use-review-photos"

type Props = {
  locale: Locale
  /** A new review of an order's line, or the customer's own review to change. */
  target: { line_item_id: string; order_id: string } | { review_id: string }
  /** The reviewed product's handle: the page the form opens once the review is saved. */
  productHandle: string | null
  initial?: { rating: number; title: string; body: string; images: { url: string; file_id: string }[] }
  t: Pick<ReviewMessages, "form" | "errors" | "fieldErrors" | "messages" | "stars">
}

/**
 * Writes or changes a review: the stars as a group of five radio buttons, title, text with a live count, and up to six
 * photos (uploaded as they are picked). The backend's refusals come back per field or as a message; on success the
 * action opens the product's reviews.
 */
export default function ReviewForm({ locale, target, productHandle, initial, t }: Props) {
  const { state, action, pending, form, error, value } = useFormAction<ReviewState>(saveReview, t)
  const id = useId()
  const [rating, setRating] = useState(Number(value("rating", initial ? String(initial.rating) : "")) || 0)
  const [title, setTitle] = useState(value("title", initial?.title))
  const [body, setBody] = useState(value("body", initial?.body))
  const photos = useReviewPhotos(initial?.images ?? [])
  const [waiting, setWaiting] = useState(false)
  const uploading = photos.photos.some((photo) => photo.status !== "uploaded")
  const editing = "review_id" in target

  const ratingError = error("rating")
  const left = BODY_MAX - body.length

  return (
    <form ref={form} action={action} className="form review-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {"review_id" in target ? (
        <input type="hidden" name="review_id" value={target.review_id} />
      ) : (
        <>
          <input type="hidden" name="line_item_id" value={target.line_item_id} />
          <input type="hidden" name="order_id" value={target.order_id} />
        </>
      )}
      {productHandle && <input type="hidden" name="product_handle" value={productHandle} />}

      <fieldset className="star-input" aria-describedby={ratingError ? `${id}-rating-error` : undefined}>
        <legend>{t.form.rating}</legend>
        <div className="star-input__stars">
          {RATINGS.map((stars) => (
            <span key={stars} className="star-input__option">
              <input
                type="radio"
                id={`${id}-rating-${stars}`}
                name="rating"
                value={stars}
                // Uncontrolled, its default following the choice: React's reset of the form after the action
                // then keeps the stars (a controlled radio would lose its check there).
                defaultChecked={rating === stars}
                onChange={() => setRating(stars)}
                className="star-input__radio"
                aria-invalid={ratingError ? true : undefined}
                required
              />
              <label
                htmlFor={`${id}-rating-${stars}`}
                className={`star-input__star${stars <= rating ? " star-input__star--on" : ""}`}
              >
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">{countText(stars, locale, t.stars)}</span>
              </label>
            </span>
          ))}
          <span className="star-input__value" aria-hidden="true">
            {rating ? countText(rating, locale, t.stars) : ""}
          </span>
        </div>
        {ratingError && (
          <p id={`${id}-rating-error`} className="form__error">
            {ratingError}
          </p>
        )}
      </fieldset>

      <FormField id={`${id}-title`} name="title" label={t.form.title} hint={t.form.titleHint} error={error("title")}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={TITLE_MAX}
            required
          />
        )}
      </FormField>

      <FormField id={`${id}-body`} name="body" label={t.form.body} hint={t.form.bodyHint} error={error("body")}>
        {(control) => (
          <>
            <textarea
              {...control}
              aria-describedby={[control["aria-describedby"], `${id}-count`].filter(Boolean).join(" ")}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              rows={8}
              maxLength={BODY_MAX}
              required
            />
            <p id={`${id}-count`} className="review-form__count">
              {fill(t.form.count, { n: formatCount(body.length, locale), max: formatCount(BODY_MAX, locale) })}
            </p>
            {/* Spoken only near the limit: a count announced on every key would drown the typing. */}
            <p className="visually-hidden" role="status">
              {left <= BODY_WARN_AT ? countText(left, locale, t.form.left) : ""}
            </p>
          </>
        )}
      </FormField>

      <ReviewPhotos id={`${id}-photos`} photos={photos} error={error("images")} t={t.form.photos} />

      <FormStatus state={state} messages={t.messages} />
      <p className="form__status" role="status">
        {waiting && uploading ? t.form.waitUploads : ""}
      </p>
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={pending || undefined}
        data-testid="submit-review"
        onClick={(event) => {
          if (pending) event.preventDefault()
          else if (uploading) {
            event.preventDefault()
            setWaiting(true)
          }
        }}
      >
        {pending ? t.form.saving : editing ? t.form.save : t.form.submit}
      </button>
    </form>
  )
}
