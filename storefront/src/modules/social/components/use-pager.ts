"use client"

import { useCallback, useRef, useState } from "react"

import type { PageResult } from "@/lib/data/social-actions"
import { unseen } from "@/lib/social/dedupe"

export type PagerStatus = "idle" | "loading" | "failed" | "signIn"

// A page may hold only posts already shown (or none: hidden a moment ago) while more follow; read on a little.
const READS_PER_LOAD = 3

/**
 * The pages after the server-rendered first one: the items read so far (without the first page's and without
 * repeats), the cursor of the next page (null at the end), and how many the last load added, for the live region.
 */
export function usePager<T extends { id: string }>(
  initialIds: string[],
  initialCursor: string | null,
  fetchPage: (cursor: string) => Promise<PageResult<T>>
) {
  const [items, setItems] = useState<T[]>([])
  const [cursor, setCursor] = useState(initialCursor)
  const [status, setStatus] = useState<PagerStatus>("idle")
  const [added, setAdded] = useState(0)
  const seen = useRef(new Set(initialIds))
  const busy = useRef(false)

  const load = useCallback(async () => {
    if (busy.current || !cursor) return
    busy.current = true
    setStatus("loading")
    let next: string | null = cursor
    const fresh: T[] = []
    for (let read = 0; read < READS_PER_LOAD && next && fresh.length === 0; read++) {
      const result: PageResult<T> = await fetchPage(next).catch(() => ({ ok: false, reason: "failed" }) as const)
      if (!result.ok) {
        busy.current = false
        setCursor(next)
        setStatus(result.reason)
        return
      }
      for (const item of unseen(seen.current, result.posts)) {
        seen.current.add(item.id)
        fresh.push(item)
      }
      next = result.nextCursor
    }
    busy.current = false
    setItems((shown) => [...shown, ...fresh])
    setCursor(next)
    setAdded(fresh.length)
    setStatus("idle")
  }, [cursor, fetchPage])

  return { items, cursor, status, added, load }
}
