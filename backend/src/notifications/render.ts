import { safeUrl } from "./escape"
import { excerpt, formatters } from "./format"
import { toHtml, toText } from "./layout"
import { de } from "./messages/de"
import { el } from "./messages/el"
import { en } from "./messages/en"
import type { Messages } from "./messages/types"
import { type Locale, type NotificationData, type NotificationType, NOTIFICATION_TYPES } from "./types"

const MESSAGES: Record<Locale, Messages> = { en, de, el }

// The in-app list shows the body under the title; longer bodies are cut there anyway.
const BODY_MAX = 140

export type Rendered = { subject: string; text: string; html: string; title: string; body: string; url: string }

/** One notification in the recipient's language: the e-mail (subject, text, html) and the in-app item (title, body, url). */
export function render<T extends NotificationType>(type: T, locale: Locale, data: NotificationData[T]): Rendered {
  const { types, ...words } = MESSAGES[locale]
  const message = types[type](data, formatters(locale))
  const preferencesUrl = NOTIFICATION_TYPES[type].optional ? (data as { preferences_url?: string }).preferences_url : null
  const frame = { locale, message, words, preferencesUrl }
  return {
    subject: oneLine(message.subject),
    text: toText(frame),
    html: toHtml(frame),
    title: oneLine(message.title),
    body: excerpt(message.body, BODY_MAX),
    // An unsafe URL is dropped rather than linked from the in-app list.
    url: safeUrl(message.action.url) ?? "",
  }
}

// A name or title with a line break must not split the subject header or the in-app title.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim()
