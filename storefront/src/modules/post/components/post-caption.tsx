"use client"

import { useId, useState } from "react"

import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"

import CaptionText from "./caption-text"

type Props = { caption: string; locale: Locale; t: PostMessages["caption"] }

// Longer captions show their first lines with a "more" button, so a feed of cards stays scannable.
const LONG = 240
const LINES = 5

/** The post's caption with linked hashtags and mentions. */
export default function PostCaption({ caption, locale, t }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const long = caption.length > LONG || caption.split("\n").length > LINES
  return (
    <div className="post__caption">
      <p id={id} className={long && !open ? "post__caption-text post__caption-text--clamped" : "post__caption-text"}>
        <CaptionText text={caption} locale={locale} />
      </p>
      {long && (
        <button
          type="button"
          className="button button--link"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t.less : t.more}
        </button>
      )}
    </div>
  )
}
