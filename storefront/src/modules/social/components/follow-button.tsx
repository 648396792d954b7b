"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useOptimistic, useState, useTransition } from "react"

import { setFollow, type FollowResult } from "@/lib/data/social-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"

type Props = {
  handle: string
  following: boolean
  locale: Locale
  t: SocialMessages["follow"]
  /** An element naming the profile the button follows. */
  describedBy?: string
  /** Re-render the page after a change, for counts shown beside the button. */
  refresh?: boolean
}

/**
 * Follow and unfollow as a toggle button: aria-pressed says whether the reader follows, and its text (also its name,
 * which must contain what is shown) reads "Following" while pressed. The change shows at once and is taken back,
 * with a message, when the server refuses it.
 */
export default function FollowButton({ handle, following, locale, t, describedBy, refresh = false }: Props) {
  const router = useRouter()
  const [confirmed, setConfirmed] = useState(following)
  const [shown, show] = useOptimistic(confirmed)
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<"failed" | "signIn" | null>(null)

  const toggle = () => {
    if (pending) return
    const next = !shown
    setError(null)
    startTransition(async () => {
      show(next)
      const result: FollowResult = await setFollow({ handle, follow: next }).catch(
        () => ({ ok: false, reason: "failed" }) as const
      )
      startTransition(() => {
        if (result.ok) {
          setConfirmed(result.following)
          if (refresh) router.refresh()
        } else {
          setError(result.reason)
        }
      })
    })
  }

  return (
    <span className="follow">
      <button
        type="button"
        className={`button follow__button${shown ? "" : " button--primary"}`}
        aria-pressed={shown}
        aria-describedby={describedBy}
        onClick={toggle}
      >
        {shown ? t.following : t.follow}
      </button>
      <span className="follow__status" role="status">
        {error === "failed" && t.failed}
        {error === "signIn" && (
          <>
            {t.signedOut} <Link href={`/${locale}/account`}>{t.signIn}</Link>
          </>
        )}
      </span>
    </span>
  )
}
