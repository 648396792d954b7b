"use strict"

// Reads a received MIME message (RFC 2045-2047, 2231) into what a mailbox shows: the decoded headers, the first
// text/plain and text/html parts and the attachments. Structure is parsed on a latin1 string, one character per
// byte, so base64 and 8bit bodies keep their bytes until their charset decodes them.

/** An RFC 2047 encoded-word: =?charset?B|Q?text?= */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g

/**
 * @typedef {{ headers: Array<[string, string]>, body: string }} Entity
 * @typedef {{ text: string | null, html: string | null, attachments: import("./index").FakeSmtpAttachment[] }} Parts
 */

/**
 * @param {Buffer} raw the message as received after DATA, dot-unstuffed
 * @returns {Parts & { from: string, subject: string, headers: Record<string, string> }}
 */
function parseMessage(raw) {
  const root = parseEntity(raw.toString("latin1"))
  /** @type {Record<string, string>} */
  const headers = {}
  for (const [name, value] of root.headers) {
    const decoded = decodeWords(value)
    headers[name] = Object.hasOwn(headers, name) ? `${headers[name]}, ${decoded}` : decoded
  }
  /** @type {Parts} */
  const parts = { text: null, html: null, attachments: [] }
  collect(root, parts)
  return { from: headers.from ?? "", subject: headers.subject ?? "", ...parts, headers }
}

/** Splits an entity at its first empty line; header values are unfolded and read as UTF-8 (SMTPUTF8 allows 8-bit). */
function parseEntity(source) {
  const blank = /^\r?\n|\r?\n\r?\n/.exec(source)
  const head = blank ? source.slice(0, blank.index) : source
  /** @type {Array<[string, string]>} */
  const headers = []
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length > 0) headers[headers.length - 1][1] += line
    else if (line.includes(":")) headers.push([line.slice(0, line.indexOf(":")).trim().toLowerCase(), line.slice(line.indexOf(":") + 1)])
  }
  return {
    headers: headers.map(([name, value]) => [name, Buffer.from(value.trim(), "latin1").toString("utf8")]),
    body: blank ? source.slice(blank.index + blank[0].length) : "",
  }
}

/** @param {Entity} entity */
function header(entity, name) {
  return entity.headers.find(([key]) => key === name)?.[1] ?? ""
}

/**
 * @param {Entity} entity
 * @param {Parts} parts
 */
function collect(entity, parts) {
  const type = parseParams(header(entity, "content-type") || "text/plain")
  if (type.value.startsWith("multipart/") && type.params.boundary) {
    for (const part of splitMultipart(entity.body, type.params.boundary)) collect(parseEntity(part), parts)
    return
  }
  const disposition = parseParams(header(entity, "content-disposition"))
  const content = decodeTransfer(entity.body, header(entity, "content-transfer-encoding"))
  if (disposition.value === "attachment") {
    const filename = disposition.params.filename ?? type.params.name
    parts.attachments.push({ filename: filename === undefined ? null : decodeWords(filename), contentType: type.value, size: content.length })
  } else if (type.value === "text/plain" && parts.text === null) {
    parts.text = decodeText(content, type.params.charset)
  } else if (type.value === "text/html" && parts.html === null) {
    parts.html = decodeText(content, type.params.charset)
  }
}

/**
 * A structured header value and its parameters, lower-cased names, RFC 2231 continuations and charsets applied.
 * @returns {{ value: string, params: Record<string, string> }}
 */
function parseParams(text) {
  const semicolon = text.indexOf(";")
  const value = (semicolon < 0 ? text : text.slice(0, semicolon)).trim().toLowerCase()
  /** @type {Record<string, string>} */
  const params = {}
  /** @type {Record<string, Array<{ text: string, encoded: boolean }>>} */
  const sections = {}
  for (const [, name, raw] of text.slice(Math.max(semicolon, 0)).matchAll(/;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const unquoted = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw.trim()
    const [, base, index, star] = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(name.toLowerCase()) ?? [null, name.toLowerCase()]
    if (index === undefined && !star) params[base] = unquoted
    else (sections[base] ??= [])[Number(index ?? 0)] = { text: unquoted, encoded: Boolean(star) }
  }
  // RFC 2231: name*0*=utf-8''Rechnung-M%C3%A4rz; name*1=.pdf. The first encoded section names the charset.
  for (const [base, list] of Object.entries(sections)) {
    let charset = "us-ascii"
    const bytes = list.filter(Boolean).map(({ text: section, encoded }, i) => {
      if (!encoded) return Buffer.from(section, "utf8")
      const prefixed = i === 0 ? /^([^']*)'[^']*'(.*)$/.exec(section) : null
      if (prefixed) charset = prefixed[1] || charset
      return Buffer.from(unescapeBytes(prefixed ? prefixed[2] : section, /%([0-9A-Fa-f]{2})/g), "latin1")
    })
    params[base] = decodeText(Buffer.concat(bytes), charset)
  }
  return { value, params }
}

/** The body parts between the delimiter lines; the line break before a delimiter belongs to the delimiter. */
function splitMultipart(body, boundary) {
  const delimiter = `--${boundary}`
  const parts = []
  let start = -1
  let lineStart = 0
  for (;;) {
    const newline = body.indexOf("\n", lineStart)
    const lineEnd = newline < 0 ? body.length : newline
    const line = body.slice(lineStart, lineEnd)
    if (line.startsWith(delimiter)) {
      const rest = line.slice(delimiter.length).trimEnd()
      if (rest === "" || rest === "--") {
        const breakStart = lineStart - (body[lineStart - 2] === "\r" ? 2 : 1)
        if (start >= 0) parts.push(body.slice(start, Math.max(start, breakStart)))
        if (rest === "--") return parts
        start = lineEnd + 1
      }
    }
    if (newline < 0) break
    lineStart = newline + 1
  }
  // No closing delimiter: keep what arrived.
  if (start >= 0 && start <= body.length) parts.push(body.slice(start))
  return parts
}

/** @returns {Buffer} */
function decodeTransfer(body, encoding) {
  switch (encoding.trim().toLowerCase()) {
    case "base64":
      return Buffer.from(body, "base64")
    case "quoted-printable": {
      // Trailing whitespace is transport padding; "=" at a line end is a soft line break.
      const joined = body.replace(/[ \t]+(?=\r?\n|$)/g, "").replace(/=[ \t]*\r?\n/g, "")
      return Buffer.from(unescapeBytes(joined, /=([0-9A-Fa-f]{2})/g), "latin1")
    }
    default:
      return Buffer.from(body, "latin1")
  }
}

/** Replaces each hex escape (`pattern` captures the two digits) by the byte it names, as a latin1 character. */
function unescapeBytes(text, pattern) {
  return text.replace(pattern, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
}

/** Text in its charset, with the CRLF line ends of the wire turned back into "\n". */
function decodeText(bytes, charset = "utf-8") {
  return decodeCharset(bytes, charset).replace(/\r\n/g, "\n")
}

function decodeCharset(bytes, charset) {
  try {
    return new TextDecoder(charset.trim().toLowerCase()).decode(bytes)
  } catch {
    // An unknown charset label: UTF-8 is the likeliest truth.
    return bytes.toString("utf8")
  }
}

/**
 * Decodes RFC 2047 encoded-words. Whitespace between adjacent encoded-words is dropped (RFC 2047, 6.2), and the
 * bytes of adjacent words in one charset are joined before decoding, so a character split between words survives.
 */
function decodeWords(text) {
  let out = ""
  let last = 0
  /** @type {{ charset: string, bytes: Buffer[] } | null} */
  let run = null
  const flush = () => {
    if (run) out += decodeCharset(Buffer.concat(run.bytes), run.charset)
    run = null
  }
  for (const match of text.matchAll(ENCODED_WORD)) {
    const [word, label, encoding, encoded] = match
    const between = text.slice(last, match.index)
    const adjacent = run !== null && /^\s*$/.test(between)
    const charset = label.split("*")[0].toLowerCase()
    const bytes =
      encoding.toUpperCase() === "B"
        ? Buffer.from(encoded, "base64")
        : Buffer.from(unescapeBytes(encoded.replace(/_/g, " "), /=([0-9A-Fa-f]{2})/g), "latin1")
    if (adjacent && run?.charset === charset) {
      run.bytes.push(bytes)
    } else {
      flush()
      if (!adjacent) out += between
      run = { charset, bytes: [bytes] }
    }
    last = match.index + word.length
  }
  flush()
  return out + text.slice(last)
}

module.exports = { parseMessage }
