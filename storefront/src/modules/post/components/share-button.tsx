"use client"

import { useEffect, useState } from "react"

import type { PostMessages } from "@/lib/i18n/messages/post"

import { ShareIcon } from "./icons"

type Props = {
  /** The post's path on this site, e.g. "/en/p/post_01…". */
  path: string
  title: string
  t: PostMessages["share"]
}

/** The system's share sheet where there is one; elsewhere the post's address goes to the clipboard. */
export default function ShareButton({ path, title, t }: Props) {
  const [message, setMessage] = useState("")

  // The confirmation is read out once and then leaves the row.
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(() => setMessage(""), 5000)
    return () => clearTimeout(timer)
  }, [message])

  const share = async () => {
    const url = new URL(path, window.location.origin).toString()
    setMessage("")
    if (navigator.share) {
      try {
        await navigator.share({ url, title })
        return
      } catch (error) {
        // Closing the sheet is no failure; a refused share falls back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return
      }
    }
    try {
      await navigator.clipboard.writeText(url)
      setMessage(t.copied)
    } catch {
      setMessage(t.failed)
    }
  }

  return (
    <span className="post__share">
      <button type="button" className="post__action" onClick={share}>
        <ShareIcon />
        <span>{t.label}</span>
      </button>
      <span className="post__status" role="status">
        {message}
      </span>
    </span>
  )
}
