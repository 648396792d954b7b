import { escapeHtml, safeUrl } from "./escape"
import type { Message, Messages } from "./messages/types"
import type { Locale } from "./types"

/** One message with the words of its language around it. `preferencesUrl` is only set for optional types. */
export type Frame = { locale: Locale; message: Message; words: Omit<Messages, "types">; preferencesUrl?: string | null }

/** The plain-text part: greeting, what happened, details, the link written out, notes, footer. */
export function toText({ message, words, preferencesUrl }: Frame): string {
  const action = safeUrl(message.action.url)
  const preferences = safeUrl(preferencesUrl)
  const details = (message.details ?? []).map((d) => {
    const url = safeUrl(d.url)
    return url ? `${d.label}: ${d.value}\n${url}` : `${d.label}: ${d.value}`
  })
  const blocks = [
    words.greeting(message.name),
    ...message.lines,
    details.join("\n"),
    action ? `${message.action.label}:\n${action}` : "",
    ...(message.notes ?? []),
    `${words.signOff}\n${words.team}`,
    [words.automatic, preferences ? `${words.preferences} ${preferences}` : ""].filter(Boolean).join("\n"),
  ]
  return `${blocks.filter(Boolean).join("\n\n")}\n`
}

const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
const P = "margin:0 0 16px"
const SMALL = "margin:0 0 16px;font-size:14px;color:#52525b"
const LINK = "color:#18181b;word-break:break-all"
const BUTTON =
  "display:inline-block;padding:12px 20px;background:#18181b;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600"

const paragraph = (text: string, style = P) => `<p style="${style}">${escapeHtml(text)}</p>`
const link = (url: string, text: string, style = LINK) => `<a href="${escapeHtml(url)}" style="${style}">${escapeHtml(text)}</a>`

/** A small, complete HTML e-mail with inline styles only; every value is escaped and only http(s) URLs become links. */
export function toHtml({ locale, message, words, preferencesUrl }: Frame): string {
  const action = safeUrl(message.action.url)
  const preferences = safeUrl(preferencesUrl)
  const details = (message.details ?? []).map((d) => {
    const url = safeUrl(d.url)
    const value = url ? link(url, d.value) : escapeHtml(d.value)
    return `<p style="margin:0">${escapeHtml(d.label)}: <strong>${value}</strong></p>`
  })
  const footer = [
    escapeHtml(words.automatic),
    ...(preferences ? [`${escapeHtml(words.preferences)} ${link(preferences, preferences, "color:#71717a")}`] : []),
  ]
  const card = [
    paragraph(words.greeting(message.name)),
    ...message.lines.map((line) => paragraph(line)),
    details.length ? `<div style="${P};padding:12px 16px;background:#f4f4f5;border-radius:6px">${details.join("")}</div>` : "",
    action ? `<p style="margin:24px 0">${link(action, message.action.label, BUTTON)}</p>` : "",
    action ? `<p style="${SMALL}">${escapeHtml(words.linkHint)}<br>${link(action, action)}</p>` : "",
    ...(message.notes ?? []).map((note) => paragraph(note, SMALL)),
    `<p style="margin:0">${escapeHtml(words.signOff)}<br>${escapeHtml(words.team)}</p>`,
  ]
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(message.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f4f4f5">`,
    `<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:${FONT};font-size:16px;line-height:1.5;color:#18181b">`,
    `<div style="background:#ffffff;border-radius:8px;padding:24px">`,
    ...card.filter(Boolean),
    "</div>",
    `<p style="margin:16px 0 0;font-size:12px;color:#71717a">${footer.join("<br>")}</p>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n")
}
