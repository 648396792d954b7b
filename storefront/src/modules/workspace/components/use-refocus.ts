"use client"

import { useEffect, useRef, type RefObject } from "react"

/**
 * When `key` changes because a form did its work and its button went away (the page re-rendered without it),
 * the focus would fall back to the page's start; it moves to `target` (the form's status) instead.
 */
export function useRefocus(target: RefObject<HTMLElement | null>, key: unknown) {
  const previous = useRef(key)
  useEffect(() => {
    if (previous.current === key) return
    previous.current = key
    const active = document.activeElement
    if (!active || active === document.body) target.current?.focus()
  }, [key, target])
}
