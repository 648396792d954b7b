"use client"

import Link from "next/link"
import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from "react"

import { deleteComment, loadComments } from "@/lib/data/post-actions"
import type { Comment } from "@/lib/data/social"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { compactCount } from "@/lib/post/count"
import { appendPage, prepend, without } from "@/lib/post/thread"

import CaptionText from "./caption-text"
import CommentForm from "./comment-form"
import PostTime from "./post-time"

/** Who reads: replying needs a customer with a verified e-mail address; deleting, the comment's or post's author. */
export type Viewer = { handle: string | null; signedIn: boolean; verified: boolean; ownsPost: boolean }

type Shared = {
  postId: string
  locale: Locale
  viewer: Viewer
  t: PostMessages
  /** Says something in the comments' live region. */
  announce: (message: string) => void
  /** A comment or reply just posted: the reader now has a profile, named by its author. */
  onPosted: (comment: Comment) => void
  /** The backend refused a reply: the reader's e-mail address is not verified. */
  onUnverified: () => void
}

type Props = Shared & {
  comment: Comment
  /** Called once the comment is deleted; the list drops it. */
  onDeleted: (comment: Comment) => void
}

/**
 * One comment: author, time and text; for a top-level comment "Reply" and its replies; for its author (and the
 * post's) "Delete comment" with a confirmation step.
 */
export default function CommentItem({ comment, onDeleted, ...shared }: Props) {
  const { postId, locale, viewer, t, announce } = shared
  const { author } = comment
  const canDelete = viewer.signedIn && viewer.handle !== null && (viewer.handle === author.handle || viewer.ownsPost)

  const [confirming, setConfirming] = useState(false)
  const [deleting, startDeleting] = useTransition()
  const deleteButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  const question = useId()

  // The confirmation takes the focus on its safe choice; cancelling gives it back to "Delete comment".
  useEffect(() => {
    if (confirming) cancelButton.current?.focus()
    else if (wasConfirming.current) deleteButton.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  const remove = () => {
    if (deleting) return
    startDeleting(async () => {
      const result = await deleteComment({ post_id: postId, comment_id: comment.id })
      if (result.ok) return onDeleted(comment)
      setConfirming(false)
      announce(result.error === "failed" ? t.comments.deleteFailed : t[result.error])
    })
  }

  const deleteControls = !canDelete ? null : confirming ? (
    <span className="comment__confirm" role="group" aria-labelledby={question}>
      <span id={question}>{t.comments.confirmDelete}</span>
      <button type="button" className="button button--small" aria-disabled={deleting || undefined} onClick={remove}>
        {t.comments.yesDelete}
      </button>
      <button ref={cancelButton} type="button" className="button button--small" onClick={() => setConfirming(false)}>
        {t.comments.cancel}
      </button>
    </span>
  ) : (
    <button ref={deleteButton} type="button" className="button button--link" onClick={() => setConfirming(true)}>
      {t.comments.delete}
    </button>
  )

  return (
    <li className="comment">
      <div className="comment__meta">
        <Link href={`/${locale}/u/${author.handle}`} className="comment__author" prefetch={false}>
          {author.avatar_url && (
            <img src={author.avatar_url} alt="" width={32} height={32} loading="lazy" decoding="async" />
          )}
          {author.display_name}
        </Link>
        <PostTime value={comment.created_at} locale={locale} className="comment__time" />
      </div>
      <p className="comment__body">
        <CaptionText text={comment.body} locale={locale} />
      </p>
      {comment.parent_id === null ? (
        <Replies comment={comment} actions={deleteControls} {...shared} />
      ) : (
        deleteControls && <div className="comment__actions">{deleteControls}</div>
      )}
    </li>
  )
}

/**
 * A top-level comment's "Reply" with its form, and its replies: loaded on "Show replies (n)", a page at a time,
 * newest first. A reply posted here shows at once.
 */
function Replies({ comment, actions, ...shared }: Shared & { comment: Comment; actions: ReactNode }) {
  const { postId, locale, viewer, t, announce, onPosted, onUnverified } = shared
  const canReply = viewer.signedIn && viewer.verified
  const [replying, setReplying] = useState(false)
  const [replies, setReplies] = useState<Comment[]>([])
  const [total, setTotal] = useState(comment.replies_count ?? 0)
  // The next page's cursor once a page is loaded; before, whether any replies are left to load.
  const [cursor, setCursor] = useState<string | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [open, setOpen] = useState(false)
  const [loading, startLoading] = useTransition()
  const replyButton = useRef<HTMLButtonElement>(null)
  const list = useId()
  const more = loaded ? cursor !== null : total > replies.length

  const load = () => {
    if (loading) return
    startLoading(async () => {
      const result = await loadComments({ post_id: postId, parent_id: comment.id, cursor: loaded ? cursor : null })
      if (!result.ok) return announce(t.comments.loadFailed)
      setReplies((shown) => appendPage(shown, result.comments))
      setCursor(result.nextCursor)
      setLoaded(true)
      setOpen(true)
    })
  }

  const toggle = () => {
    if (open) setOpen(false)
    else if (replies.length === 0 && more) load()
    else setOpen(true)
  }

  const close = () => {
    setReplying(false)
    replyButton.current?.focus()
  }

  const posted = (reply: Comment) => {
    setReplies((shown) => prepend(shown, reply))
    setTotal((count) => count + 1)
    setOpen(true)
    close()
    announce(t.comments.posted)
    onPosted(reply)
  }

  const deleted = (reply: Comment) => {
    setReplies((shown) => without(shown, reply.id))
    setTotal((count) => Math.max(0, count - 1))
    announce(t.comments.deleted)
    replyButton.current?.focus()
  }

  return (
    <>
      {(canReply || actions) && (
        <div className="comment__actions">
          {canReply && (
            <button
              ref={replyButton}
              type="button"
              className="button button--link"
              aria-expanded={replying}
              onClick={() => (replying ? close() : setReplying(true))}
            >
              {t.comments.reply}
            </button>
          )}
          {actions}
        </div>
      )}
      {replying && canReply && (
        <CommentForm
          postId={postId}
          parentId={comment.id}
          label={fill(t.comments.replyTo, { name: comment.author.display_name })}
          submit={t.comments.postReply}
          t={t}
          onPosted={posted}
          onCancel={close}
          onUnverified={onUnverified}
        />
      )}
      {(total > 0 || replies.length > 0) && (
        <div className="comment__thread">
          <button
            type="button"
            className="button button--link"
            aria-expanded={open}
            aria-controls={list}
            onClick={toggle}
          >
            {open
              ? t.comments.hideReplies
              : loading
                ? t.comments.loading
                : fill(t.comments.showReplies, { n: compactCount(total, locale) })}
          </button>
          <div id={list} hidden={!open}>
            {replies.length > 0 && (
              <ul className="comment__replies">
                {replies.map((reply) => (
                  <CommentItem key={reply.id} comment={reply} onDeleted={deleted} {...shared} />
                ))}
              </ul>
            )}
            {more && (
              <button type="button" className="button button--link" onClick={load} aria-disabled={loading || undefined}>
                {loading ? t.comments.loading : t.comments.moreReplies}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  )
}
