"use client"

import dynamic from "next/dynamic"
import { useCallback, useEffect, useRef, type ReactNode } from "react"

import { loadPosts } from "@/lib/data/social-actions"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import type { PostSource } from "@/lib/social/source"
import type { PostCardProps } from "@/modules/social/components/post-card"

import PagerControls from "./pager-controls"
import PostSkeleton from "./post-skeleton"
import { usePager } from "./use-pager"

type Props = {
  source: PostSource
  /** The server-rendered first page's posts (the children), so later pages leave them out. */
  initialIds: string[]
  nextCursor: string | null
  /** What every card gets besides its post. */
  card: Omit<PostCardProps, "post" | "priority">
  t: SocialMessages["list"]
  /** The first page, rendered on the server. */
  children: ReactNode
}

// The first page's cards are rendered on the server; the card's code reaches the browser only with a second page.
const PostCard = dynamic(() => import("@/modules/social/components/post-card"))

// Start reading the next page while the reader is still this far above the end.
const AHEAD = "0px 0px 800px 0px"

/**
 * A list of post cards that grows as the reader scrolls: when the sentinel below the last card nears the viewport
 * the next page is read through a server action; the button under it does the same from a keyboard or without
 * IntersectionObserver. Give it a `key` per list, so another tab or hashtag starts afresh.
 */
export default function PostFeed({ source, initialIds, nextCursor, card, t, children }: Props) {
  const fetchPage = useCallback((cursor: string) => loadPosts({ source, cursor }), [source])
  const { items, cursor, status, added, load } = usePager(initialIds, nextCursor, fetchPage)
  const sentinel = useRef<HTMLDivElement>(null)

  // A new observer per page: its first callback reports whether the sentinel is still in reach, so a page that
  // added little (or nothing new) is followed by the next at once.
  useEffect(() => {
    const node = sentinel.current
    if (!node || !cursor || status !== "idle" || typeof IntersectionObserver === "undefined") return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) load()
      },
      { rootMargin: AHEAD }
    )
    observer.observe(node)
    return () => observer.disconnect()
  }, [cursor, status, load])

  return (
    <div className="post-feed">
      <div className="post-feed__list">
        {children}
        {items.map((post) => (
          <PostCard key={post.id} post={post} {...card} />
        ))}
        {status === "loading" && <PostSkeleton count={2} />}
      </div>
      <div ref={sentinel} className="post-feed__sentinel" />
      <PagerControls
        status={status}
        hasMore={cursor !== null}
        added={added}
        onLoad={load}
        showEnd
        locale={card.locale}
        t={t}
      />
    </div>
  )
}
