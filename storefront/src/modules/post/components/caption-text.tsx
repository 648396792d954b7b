import Link from "next/link"
import { Fragment } from "react"

import type { Locale } from "@/lib/i18n/locales"
import { tokenizeCaption } from "@/lib/post/caption"

type Props = { text: string; locale: Locale }

/** A caption or comment with its hashtags linked to their pages and its mentions to the profiles. */
export default function CaptionText({ text, locale }: Props) {
  return tokenizeCaption(text).map((token, index) =>
    token.kind === "text" ? (
      <Fragment key={index}>{token.text}</Fragment>
    ) : (
      <Link
        key={index}
        className="post__tag"
        href={
          token.kind === "hashtag" ? `/${locale}/tags/${encodeURIComponent(token.tag)}` : `/${locale}/u/${token.handle}`
        }
        prefetch={false}
      >
        {token.text}
      </Link>
    )
  )
}
