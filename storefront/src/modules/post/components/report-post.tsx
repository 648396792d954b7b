"use client"

import Link from "next/link"
import { useActionState, useEffect, useId, useRef, useState } from "react"

import { reportPost, type ReportState } from "@/lib/data/post-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { NOTE_MAX, REPORT_REASONS } from "@/lib/post/limits"
import FormField from "@/modules/common/components/form-field"

type Messages = { report: PostMessages["report"] } & Pick<PostMessages, "signedOut" | "gone">

type Props = { postId: string; locale: Locale; signedIn: boolean; t: Messages }

const idle: ReportState = { status: "idle" }

/** "Report": a disclosure with the report form, or for a guest a link to sign in. */
export default function ReportPost({ postId, locale, signedIn, t }: Props) {
  const panel = useId()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="post__action post__report-toggle"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {t.report.open}
      </button>
      <div id={panel} className="post__report" hidden={!open}>
        {open &&
          (signedIn ? (
            <ReportForm postId={postId} t={t} />
          ) : (
            <Link href={`/${locale}/account`}>{t.report.signIn}</Link>
          ))}
      </div>
    </>
  )
}

function ReportForm({ postId, t }: { postId: string; t: Messages }) {
  const [state, action, pending] = useActionState(reportPost, idle)
  const form = useRef<HTMLFormElement>(null)
  const status = useRef<HTMLParagraphElement>(null)
  const ids = useId()
  const sent = state.status === "sent"

  // The form leaves once the report is sent: the thanks take the focus it had. A refused field takes it otherwise.
  useEffect(() => {
    if (state.status === "sent") status.current?.focus()
    else if (state.field) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])

  const { message, field } = state
  const text = message === "signedOut" || message === "gone" ? t[message] : message ? t.report.errors[message] : ""
  const fieldError = (name: "reason" | "note") => (field === name ? text : undefined)

  return (
    <>
      {!sent && (
        <form ref={form} action={action} className="form post__report-form" noValidate aria-label={t.report.title}>
          <input type="hidden" name="post_id" value={postId} />
          <FormField id={`${ids}-reason`} name="reason" label={t.report.reason} error={fieldError("reason")}>
            {(control) => (
              // React updates no select's default after mounting; a new key keeps the reason through the form's reset.
              <select {...control} key={state.values?.reason} defaultValue={state.values?.reason ?? ""} required>
                <option value="">{t.report.choose}</option>
                {REPORT_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t.report.reasons[reason]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${ids}-note`} name="note" label={t.report.note} error={fieldError("note")}>
            {(control) => <textarea {...control} rows={3} maxLength={NOTE_MAX} defaultValue={state.values?.note} />}
          </FormField>
          <button
            type="submit"
            className="button button--small"
            aria-disabled={pending || undefined}
            onClick={(event) => pending && event.preventDefault()}
          >
            {pending ? t.report.sending : t.report.send}
          </button>
        </form>
      )}
      <p ref={status} className="post__report-status" role="status" tabIndex={-1}>
        {sent ? t.report.sent : field ? "" : text}
      </p>
    </>
  )
}
