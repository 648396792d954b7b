"use client"

import Link from "next/link"

import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import { countText } from "@/lib/social/format"

import type { PagerStatus } from "./use-pager"

type Props = {
  status: PagerStatus
  hasMore: boolean
  /** How many the last load added; announced. */
  added: number
  onLoad: () => void
  /** Whether to say "You're all caught up" at the end (a feed's, not a grid's). */
  showEnd: boolean
  locale: Locale
  t: SocialMessages["list"]
}

function announcement(status: PagerStatus, added: number, locale: Locale, t: SocialMessages["list"]): string {
  if (status === "failed") return t.failed
  if (status === "signIn") return t.signedOut
  return added > 0 ? countText(added, locale, t.loaded) : ""
}

/**
 * Below a list: the button that loads the next page (for keyboards and browsers without IntersectionObserver; after
 * a failure it retries), a live region saying what a load did, and the end of the list. The button stays in place
 * while loading (aria-disabled, not disabled) so keyboard focus is not lost.
 */
export default function PagerControls({ status, hasMore, added, onLoad, showEnd, locale, t }: Props) {
  const loading = status === "loading"
  return (
    <div className="pager">
      <p className="pager__status" role="status">
        {announcement(status, added, locale, t)}
      </p>
      {status === "signIn" ? (
        <Link href={`/${locale}/account`} className="button">
          {t.signIn}
        </Link>
      ) : hasMore ? (
        <button
          type="button"
          className="button pager__button"
          aria-disabled={loading || undefined}
          onClick={() => {
            if (!loading) onLoad()
          }}
        >
          {status === "failed" ? t.retry : t.loadMore}
        </button>
      ) : (
        showEnd && <p className="pager__end">{t.end}</p>
      )}
    </div>
  )
}
