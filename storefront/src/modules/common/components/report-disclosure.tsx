"use client"

import Link from "next/link"
import { useActionState, useEffect, useId, useRef, useState } from "react"

import FormField from "@/modules/common/components/form-field"

/** What a report action answers: sent, or why not, with what was typed so the form keeps it. */
export type ReportState = {
  status: "idle" | "sent" | "failed"
  message?: "required" | "tooLong" | "invalid" | "signedOut" | "gone" | "failed"
  /** Which field the problem is about, so the form marks it. */
  field?: "reason" | "note"
  values?: { reason: string; note: string }
}

export type ReportMessages<Reason extends string> = {
  report: {
    open: string
    title: string
    reason: string
    choose: string
    reasons: Record<Reason, string>
    note: string
    send: string
    sending: string
    sent: string
    signIn: string
    errors: Record<"required" | "tooLong" | "invalid" | "failed", string>
  }
  signedOut: string
  gone: string
}

type Props<Reason extends string> = {
  /** The hidden field that names what is reported, e.g. `post_id`. */
  subject: { name: string; value: string }
  locale: string
  signedIn: boolean
  action: (state: ReportState, form: FormData) => Promise<ReportState>
  reasons: readonly Reason[]
  noteMax: number
  /** The classes of the toggle, the panel it opens, the form and its status line. */
  classes: { toggle: string; panel: string; form: string; status: string }
  t: ReportMessages<Reason>
}

const idle: ReportState = { status: "idle" }

/** "Report": a disclosure with the report form (a reason and an optional note), or for a guest a link to sign in. */
export default function ReportDisclosure<Reason extends string>(props: Props<Reason>) {
  const { locale, signedIn, classes, t } = props
  const panel = useId()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className={classes.toggle}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {t.report.open}
      </button>
      <div id={panel} className={classes.panel} hidden={!open}>
        {open && (signedIn ? <ReportForm {...props} /> : <Link href={`/${locale}/account`}>{t.report.signIn}</Link>)}
      </div>
    </>
  )
}

function ReportForm<Reason extends string>({ subject, action, reasons, noteMax, classes, t }: Props<Reason>) {
  const [state, formAction, pending] = useActionState(action, idle)
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
        <form ref={form} action={formAction} className={classes.form} noValidate aria-label={t.report.title}>
          <input type="hidden" name={subject.name} value={subject.value} />
          <FormField id={`${ids}-reason`} name="reason" label={t.report.reason} error={fieldError("reason")}>
            {(control) => (
              // React updates no select's default after mounting; a new key keeps the reason through the form's reset.
              <select {...control} key={state.values?.reason} defaultValue={state.values?.reason ?? ""} required>
                <option value="">{t.report.choose}</option>
                {reasons.map((reason) => (
                  <option key={reason} value={reason}>
                    {t.report.reasons[reason]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${ids}-note`} name="note" label={t.report.note} error={fieldError("note")}>
            {(control) => <textarea {...control} rows={3} maxLength={noteMax} defaultValue={state.values?.note} />}
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
      <p ref={status} className={classes.status} role="status" tabIndex={-1}>
        {sent ? t.report.sent : field ? "" : text}
      </p>
    </>
  )
}
