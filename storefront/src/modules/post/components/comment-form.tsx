"use client"

import { useActionState, useEffect, useId, useRef } from "react"

import { addComment, type CommentState } from "@/lib/data/post-actions"
import type { Comment } from "@/lib/data/social"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { COMMENT_MAX } from "@/lib/post/limits"
import FormField from "@/modules/common/components/form-field"

type Props = {
  postId: string
  /** The top-level comment a reply answers; null for a comment on the post. */
  parentId: string | null
  label: string
  submit: string
  t: PostMessages
  onPosted: (comment: Comment) => void
  /** Replies can be given up; the form then closes. */
  onCancel?: () => void
  /** The backend refused the comment because the customer's e-mail address is not verified. */
  onUnverified?: () => void
}

const idle: CommentState = { status: "idle" }

/** Writes a comment or a reply. A refused one keeps its text and says why; a posted one goes to the list at once. */
export default function CommentForm({ postId, parentId, label, submit, t, onPosted, onCancel, onUnverified }: Props) {
  const [state, action, pending] = useActionState(addComment, idle)
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (state.status === "posted" && state.comment) onPosted(state.comment)
    if (state.message === "unverified" && onUnverified) onUnverified()
    else if (state.status === "failed") field.current?.focus()
    // Once per answer, not again when the parent hands down a new callback.
  }, [state])

  const { message } = state
  const inField = message === "required" || message === "tooLong"
  const text = message === "signedOut" || message === "gone" ? t[message] : message ? t.comments.errors[message] : ""

  return (
    <form action={action} className="comment-form" noValidate>
      <input type="hidden" name="post_id" value={postId} />
      {parentId && <input type="hidden" name="parent_id" value={parentId} />}
      <FormField id={id} name="body" label={label} error={inField ? text : undefined}>
        {(control) => (
          <textarea
            {...control}
            ref={field}
            rows={parentId ? 2 : 3}
            maxLength={COMMENT_MAX}
            defaultValue={state.status === "failed" ? state.body : ""}
            // A reply form opens on "Reply": the visitor means to write.
            autoFocus={Boolean(parentId)}
          />
        )}
      </FormField>
      <div className="comment-form__actions">
        <button
          type="submit"
          className="button button--small button--primary"
          aria-disabled={pending || undefined}
          onClick={(event) => pending && event.preventDefault()}
        >
          {pending ? t.comments.posting : submit}
        </button>
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t.comments.cancel}
          </button>
        )}
      </div>
      <p className="comment-form__status" role="status">
        {state.status === "posted" ? t.comments.posted : inField ? "" : text}
      </p>
    </form>
  )
}
