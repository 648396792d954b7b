"use client"

import { useOptimistic, useState, useTransition } from "react"

import { setLike, type PostFailure } from "@/lib/data/post-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { compactCount } from "@/lib/post/count"

import { HeartIcon } from "./icons"

type Props = {
  postId: string
  liked: boolean
  count: number
  locale: Locale
  t: { like: PostMessages["like"] } & Pick<PostMessages, "signedOut" | "gone">
}

type Like = { liked: boolean; count: number }

/**
 * Like and unlike at once (optimistic); the backend's answer then holds. On failure the button goes back to what
 * it was and a message says why.
 */
export default function LikeButton({ postId, liked, count, locale, t }: Props) {
  const [saved, setSaved] = useState<Like>({ liked, count })
  const [shown, show] = useOptimistic(saved)
  const [pending, startTransition] = useTransition()
  const [failure, setFailure] = useState<PostFailure | null>(null)

  const toggle = () => {
    if (pending) return
    const next = { liked: !shown.liked, count: Math.max(0, shown.count + (shown.liked ? -1 : 1)) }
    setFailure(null)
    startTransition(async () => {
      show(next)
      const result = await setLike({ post_id: postId, liked: next.liked })
      startTransition(() => {
        if (result.ok) setSaved({ liked: result.liked, count: result.count })
        else setFailure(result.error)
      })
    })
  }

  return (
    <span className="post__like">
      <button type="button" className="post__action" aria-pressed={shown.liked} onClick={toggle}>
        <HeartIcon filled={shown.liked} />
        <span className="visually-hidden">{t.like.label}</span> <span>{compactCount(shown.count, locale)}</span>
      </button>
      <span className="post__status" role="status">
        {failure === "failed" ? t.like.failed : failure ? t[failure] : ""}
      </span>
    </span>
  )
}
