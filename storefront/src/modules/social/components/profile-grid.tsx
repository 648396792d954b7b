"use client"

import { useCallback, type ReactNode } from "react"

import { loadGridPosts } from "@/lib/data/social-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"

import GridTile from "./grid-tile"
import PagerControls from "./pager-controls"
import { usePager } from "./use-pager"

type Props = {
  handle: string
  /** The server-rendered first page's posts (the children, GridTiles), so later pages leave them out. */
  initialIds: string[]
  nextCursor: string | null
  locale: Locale
  t: { list: SocialMessages["list"]; postOn: string }
  children: ReactNode
}

/** A profile's posts as a grid of squares; "Load more posts" reads the next page by cursor. */
export default function ProfileGrid({ handle, initialIds, nextCursor, locale, t, children }: Props) {
  const fetchPage = useCallback((cursor: string) => loadGridPosts({ handle, cursor }), [handle])
  const { items, cursor, status, added, load } = usePager(initialIds, nextCursor, fetchPage)
  return (
    <>
      <ul className="profile-grid">
        {children}
        {items.map((post) => (
          <GridTile key={post.id} post={post} locale={locale} postOn={t.postOn} eager={false} />
        ))}
      </ul>
      <PagerControls
        status={status}
        hasMore={cursor !== null}
        added={added}
        onLoad={load}
        showEnd={false}
        locale={locale}
        t={t.list}
      />
    </>
  )
}
