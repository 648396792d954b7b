"use client"

import { useRef, useState } from "react"

import { replyToReview } from "@/lib/data/vendor-review-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatDate } from "@/lib/seller/format"
import { REPLY_MAX, type ReplyState, type ReviewReply as Reply } from "@/lib/workspace/reviews"
import FormField from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"
import { useFormAction } from "@/modules/common/use-form-action"

import ReviewText from "./review-text"
import { useRefocus } from "./use-refocus"

type Props = {
  locale: Locale
  reviewId: string
  /** The reply the review has; null shows the form. */
  reply: Reply | null
  t: Pick<WorkspaceMessages["reviews"], "reply" | "errors" | "messages">
}

/**
 * The seller's one reply to a review: the form while there is none, then the reply. The reply shows as soon as it
 * is posted, and the focus moves to it (the form it replaces had it).
 */
export default function ReviewReply({ locale, reviewId, reply, t }: Props) {
  const form = useFormAction<ReplyState>(replyToReview, t)
  const [text, setText] = useState("")
  const shown = reply ?? form.state.reply ?? null
  const status = useRef<HTMLDivElement>(null)
  useRefocus(status, Boolean(shown))

  if (shown) {
    return (
      <div ref={status} tabIndex={-1} className="workspace-notice">
        <h3>{t.reply.yours}</h3>
        <ReviewText text={shown.body} />
        <p className="workspace-muted">{fill(t.reply.on, { date: formatDate(shown.created_at, locale) })}</p>
        <FormStatus state={form.state} messages={t.messages} />
      </div>
    )
  }

  const id = `reply-${reviewId}`
  const numbers = new Intl.NumberFormat(locale)
  return (
    <form ref={form.form} className="form workspace-form" action={form.action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="review_id" value={reviewId} />
      <FormField id={id} name="body" label={t.reply.label} hint={t.reply.hint} error={form.error("body")}>
        {(control) => (
          <textarea
            {...control}
            aria-describedby={[control["aria-describedby"], `${id}-counter`].filter(Boolean).join(" ")}
            data-testid={id}
            rows={4}
            maxLength={REPLY_MAX}
            required
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FormField>
      <p id={`${id}-counter`} className="workspace-muted">
        {fill(t.reply.counter, { count: numbers.format(text.length), max: numbers.format(REPLY_MAX) })}
      </p>
      <button
        type="submit"
        className="button button--primary"
        disabled={form.pending}
        data-testid={`reply-submit-${reviewId}`}
      >
        {form.pending ? t.reply.posting : t.reply.submit}
      </button>
      <FormStatus state={form.state} messages={t.messages} />
    </form>
  )
}
