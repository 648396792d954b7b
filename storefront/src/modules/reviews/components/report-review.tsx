"use client"

import { reportReview } from "@/lib/data/review-actions"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { NOTE_MAX, REPORT_REASONS } from "@/lib/reviews/limits"
import ReportDisclosure from "@/modules/common/components/report-disclosure"

type Messages = Pick<ReviewMessages, "report" | "signedOut" | "gone">

type Props = { reviewId: string; locale: string; signedIn: boolean; t: Messages }

const classes = {
  toggle: "button button--link review__report-toggle",
  panel: "review__report",
  form: "form review__report-form",
  status: "review__status",
}

/** "Report" on a review: a disclosure with the report form, or for a guest a link to sign in. */
export default function ReportReview({ reviewId, locale, signedIn, t }: Props) {
  return (
    <ReportDisclosure
      subject={{ name: "review_id", value: reviewId }}
      locale={locale}
      signedIn={signedIn}
      action={reportReview}
      reasons={REPORT_REASONS}
      noteMax={NOTE_MAX}
      classes={classes}
      t={t}
    />
  )
}
