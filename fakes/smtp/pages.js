"use strict"

// The mailbox pages: plain server-rendered HTML, no scripts. Everything taken from a message is escaped.

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c])
}

function layout(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; margin-bottom: 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid #ccc; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 1rem; }
iframe { width: 100%; height: 36rem; border: 1px solid #ccc; }
dt { font-weight: bold; }
dd { margin: 0 0 0.5rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`
}

/** "2026-05-04 09:30:12 UTC" inside a <time> element carrying the ISO date. */
function time(iso) {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 19).replace("T", " "))} UTC</time>`
}

const subjectOf = (message) => message.subject || "(no subject)"
const messageHref = (message) => `/messages/${encodeURIComponent(message.id)}`

/** @param {import("./index").FakeSmtpMessage[]} messages newest first */
function mailboxPage(messages) {
  const rows = messages.map(
    (message) =>
      `<tr><td>${time(message.date)}</td><td>${escapeHtml(message.to.join(", "))}</td><td>${escapeHtml(message.from)}</td>` +
      `<td><a href="${messageHref(message)}">${escapeHtml(subjectOf(message))}</a></td></tr>`
  )
  const content =
    messages.length === 0
      ? `<p data-testid="empty">No messages yet. E-mails sent to this server appear here.</p>`
      : `<table>
<caption>${messages.length === 1 ? "1 message" : `${messages.length} messages`}, newest first</caption>
<thead><tr><th scope="col">Received</th><th scope="col">To</th><th scope="col">From</th><th scope="col">Subject</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`
  return layout("Mailbox", `<h1>Mailbox</h1>\n${content}`)
}

/** @param {import("./index").FakeSmtpMessage} message */
function messagePage(message) {
  const text =
    message.text === null
      ? "<p>This message has no text part.</p>"
      : `<pre data-testid="text">${linkify(message.text)}</pre>`
  // No allow-scripts and no allow-same-origin: the message cannot run code or reach this page. Popups are allowed,
  // and <base target="_blank"> opens links in a new tab, so a verification link works from the mailbox.
  const html =
    message.html === null
      ? "<p>This message has no HTML part.</p>"
      : `<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(`<base target="_blank">${message.html}`)}"></iframe>`
  const attachments =
    message.attachments.length === 0
      ? "<p>No attachments.</p>"
      : `<ul data-testid="attachments">\n${message.attachments
          .map((a) => `<li>${escapeHtml(a.filename ?? "(unnamed)")} (${escapeHtml(a.contentType)}, ${a.size} bytes)</li>`)
          .join("\n")}\n</ul>`
  const headers = Object.entries(message.headers)
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("\n")
  return layout(
    subjectOf(message),
    `<p><a href="/">Back to the mailbox</a></p>
<h1>${escapeHtml(subjectOf(message))}</h1>
<dl>
<dt>From</dt><dd>${escapeHtml(message.from)}</dd>
<dt>To</dt><dd>${escapeHtml(message.to.join(", "))}</dd>
<dt>Received</dt><dd>${time(message.date)}</dd>
</dl>
<h2>Text</h2>
${text}
<h2>HTML</h2>
${html}
<h2>Attachments</h2>
${attachments}
<h2>Headers</h2>
<table>
<caption>All headers</caption>
<tbody>
${headers}
</tbody>
</table>`
  )
}

function notFoundPage(id) {
  return layout("Message not found", `<p><a href="/">Back to the mailbox</a></p>\n<h1>Message not found</h1>\n<p>No message ${escapeHtml(id)}.</p>`)
}

/** Escapes text and makes its http(s) URLs links, so the links in an e-mail can be followed from the page. */
function linkify(text) {
  let out = ""
  let last = 0
  for (const match of text.matchAll(URL_IN_TEXT)) {
    out += escapeHtml(text.slice(last, match.index))
    out += `<a href="${escapeHtml(match[0])}">${escapeHtml(match[0])}</a>`
    last = match.index + match[0].length
  }
  return out + escapeHtml(text.slice(last))
}

module.exports = { mailboxPage, messagePage, notFoundPage }
