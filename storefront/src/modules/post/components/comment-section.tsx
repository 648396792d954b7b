"use client"

import Link from "next/link"
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react"

import type { CommentPage } from "@/lib/data/post"
import { loadComments } from "@/lib/data/post-actions"
import type { Comment } from "@/lib/data/social"
import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { appendPage, prepend, without } from "@/lib/post/thread"

import CommentForm from "./comment-form"
import CommentItem from "./comment-item"

type Props = {
  postId: string
  /** The post's author: it may delete any comment on its post. */
  postAuthor: string
  /** The first page, read with the page; null when it could not be read. */
  initial: CommentPage | null
  viewerHandle: string | null
  signedIn: boolean
  /** Whether the signed-in customer's e-mail address is verified: the backend takes comments only then. */
  verified: boolean
  /** What an unverified customer sees instead of the form: the reminder with the button that resends the link. */
  verifyNotice: ReactNode
  locale: Locale
  t: PostMessages
}

/**
 * The post's comments (`#comments`): the form for a signed-in customer (a guest gets a link to sign in, a customer
 * whose e-mail address is not verified the reminder to verify it, also when the backend refuses a comment for it),
 * then the top-level comments newest first, a page at a time. What the reader posts or deletes shows at once;
 * outcomes are announced in one live region.
 */
export default function CommentSection({
  postId,
  postAuthor,
  initial,
  viewerHandle,
  signedIn,
  verified: verifiedOnLoad,
  verifyNotice,
  locale,
  t,
}: Props) {
  const [comments, setComments] = useState<Comment[]>(initial?.comments ?? [])
  // The next page's cursor; with no first page yet, "more" loads it.
  const [cursor, setCursor] = useState(initial?.nextCursor ?? null)
  const [more, setMore] = useState(initial ? initial.nextCursor !== null : true)
  // A customer without a profile gets one with their first comment.
  const [handle, setHandle] = useState(viewerHandle)
  const [status, setStatus] = useState(initial ? "" : t.comments.loadFailed)
  const [loading, startLoading] = useTransition()
  const heading = useRef<HTMLHeadingElement>(null)
  const [verified, setVerified] = useState(verifiedOnLoad)
  const refused = useRef(false)
  const notice = useRef<HTMLDivElement>(null)
  const viewer = { handle, signedIn, verified, ownsPost: handle !== null && handle === postAuthor }

  // A refused comment turns the form into the reminder, which then takes the focus.
  const unverified = () => {
    refused.current = true
    setVerified(false)
  }
  useEffect(() => {
    if (!verified && refused.current) notice.current?.focus()
  }, [verified])

  const load = () => {
    if (loading) return
    startLoading(async () => {
      const result = await loadComments({ post_id: postId, parent_id: null, cursor })
      if (!result.ok) return setStatus(t.comments.loadFailed)
      setComments((shown) => appendPage(shown, result.comments))
      setCursor(result.nextCursor)
      setMore(result.nextCursor !== null)
    })
  }

  const posted = (comment: Comment) => {
    setHandle(comment.author.handle)
    if (comment.parent_id === null) setComments((shown) => prepend(shown, comment))
  }

  const deleted = (comment: Comment) => {
    setComments((shown) => without(shown, comment.id))
    setStatus(t.comments.deleted)
    // The comment and its buttons are gone: the section's heading takes the focus.
    heading.current?.focus()
  }

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" ref={heading} tabIndex={-1}>
        {t.comments.heading}
      </h2>
      {signedIn && verified ? (
        <CommentForm
          postId={postId}
          parentId={null}
          label={t.comments.add}
          submit={t.comments.post}
          t={t}
          onPosted={posted}
          onUnverified={unverified}
        />
      ) : signedIn ? (
        <div ref={notice} tabIndex={-1}>
          {verifyNotice}
        </div>
      ) : (
        <p>
          <Link href={`/${locale}/account`}>{t.comments.signIn}</Link>
        </p>
      )}
      <p className="comments__status" role="status">
        {status}
      </p>
      {comments.length > 0 ? (
        <ul className="comments__list">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              postId={postId}
              locale={locale}
              viewer={viewer}
              t={t}
              announce={setStatus}
              onPosted={posted}
              onUnverified={unverified}
              onDeleted={deleted}
            />
          ))}
        </ul>
      ) : (
        !more && <p className="comments__empty">{t.comments.empty}</p>
      )}
      {more && (
        <button type="button" className="button" onClick={load} aria-disabled={loading || undefined}>
          {loading ? t.comments.loading : t.comments.more}
        </button>
      )}
    </section>
  )
}
