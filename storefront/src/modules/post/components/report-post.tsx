"use client"

import { reportPost } from "@/lib/data/post-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { NOTE_MAX, REPORT_REASONS } from "@/lib/post/limits"
import ReportDisclosure from "@/modules/common/components/report-disclosure"

type Messages = { report: PostMessages["report"] } & Pick<PostMessages, "signedOut" | "gone">

type Props = { postId: string; locale: Locale; signedIn: boolean; t: Messages }

const classes = {
  toggle: "post__action post__report-toggle",
  panel: "post__report",
  form: "form post__report-form",
  status: "post__report-status",
}

/** "Report" on a post: a disclosure with the report form, or for a guest a link to sign in. */
export default function ReportPost({ postId, locale, signedIn, t }: Props) {
  return (
    <ReportDisclosure
      subject={{ name: "post_id", value: postId }}
      locale={locale}
      signedIn={signedIn}
      action={reportPost}
      reasons={REPORT_REASONS}
      noteMax={NOTE_MAX}
      classes={classes}
      t={t}
    />
  )
}
