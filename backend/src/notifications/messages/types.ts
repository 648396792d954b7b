import type { Formatters } from "../format"
import type { NotificationData, NotificationType } from "../types"

/** A labelled value in an e-mail, such as an order line or a tracking number; `url` links the value. */
export type Detail = { label: string; value: string; url?: string | null }

/** One notification in one language, as plain text; the layout escapes and frames it. */
export type Message = {
  subject: string
  /** In-app list: one line, and a short plain body (cut to 140 characters). */
  title: string
  body: string
  /** Whom the greeting names, when known. */
  name?: string | null
  /** What happened, one paragraph each. */
  lines: string[]
  details?: Detail[]
  action: { label: string; url: string }
  /** Said after the link: how long it works, what to do if the e-mail was unexpected. */
  notes?: string[]
}

/** A language: the frame's words and a message per type, so a type missing from a language fails to compile. */
export type Messages = {
  greeting: (name: string | null | undefined) => string
  linkHint: string
  signOff: string
  team: string
  automatic: string
  preferences: string
  types: { [T in NotificationType]: (data: NotificationData[T], f: Formatters) => Message }
}
