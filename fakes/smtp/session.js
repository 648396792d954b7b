"use strict"

// One SMTP conversation (RFC 5321) with one client: bytes in, replies out, each accepted message handed to
// `deliver`. Lines are processed in arrival order, so pipelined commands (RFC 2920) are answered in order.

const MAX_SIZE = 10 * 1024 * 1024
/** RFC 5321 asks for at least 512; a longer command line is refused rather than buffered without bound. */
const MAX_COMMAND_LINE = 2048
const EXTENSIONS = ["PIPELINING", "8BITMIME", "SMTPUTF8", "AUTH PLAIN LOGIN", `SIZE ${MAX_SIZE}`]
const CRLF = Buffer.from("\r\n")
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * @typedef {{ from: string, to: string[] }} Envelope
 * @param {{
 *   hostname: string,
 *   reply: (line: string) => void,
 *   close: () => void,
 *   deliver: (envelope: Envelope, raw: Buffer) => string,
 * }} io `deliver` stores a message and returns its id
 */
function createSession({ hostname, reply, close, deliver }) {
  let greeted = false
  let authenticated = false
  /** MAIL FROM of the open transaction ("" is the null reverse-path); null when none is open. */
  let sender = /** @type {string | null} */ (null)
  let recipients = /** @type {string[]} */ ([])
  /** The next line answers an AUTH challenge. */
  let challenge = /** @type {((line: string) => void) | null} */ (null)
  /** The message's lines while in DATA; null otherwise. */
  let data = /** @type {Buffer[] | null} */ (null)
  let dataSize = 0
  let oversize = false
  let pending = Buffer.alloc(0)
  /** The start of the current line was dropped (too long), so its end is dropped too. */
  let skipLine = false
  let ended = false

  reply(`220 ${hostname} ESMTP fake SMTP ready`)

  /** @param {Buffer} chunk */
  function feed(chunk) {
    if (ended) return
    pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk
    let start = 0
    let newline
    while (!ended && (newline = pending.indexOf(0x0a, start)) >= 0) {
      const end = newline > start && pending[newline - 1] === 0x0d ? newline - 1 : newline
      const line = pending.subarray(start, end)
      start = newline + 1
      if (skipLine) skipLine = false
      else if (data) dataLine(line)
      else command(line.toString("utf8"))
    }
    pending = pending.subarray(start)
    if (ended) return
    if (data && dataSize + pending.length > MAX_SIZE) {
      tooBig()
      pending = Buffer.alloc(0)
      skipLine = true
    } else if (!data && pending.length > MAX_COMMAND_LINE) {
      reply("500 Line too long")
      pending = Buffer.alloc(0)
      skipLine = true
    }
  }

  /** @param {Buffer} line */
  function dataLine(line) {
    if (line.length === 1 && line[0] === 0x2e) return endData()
    if (oversize) return
    // Dot-unstuffing (RFC 5321, 4.5.2): the client doubled every leading dot.
    const content = line[0] === 0x2e ? line.subarray(1) : line
    dataSize += content.length + CRLF.length
    if (dataSize > MAX_SIZE) tooBig()
    else data?.push(content)
  }

  /** Drops what came so far; the rest is read up to the final dot and then refused. */
  function tooBig() {
    oversize = true
    data = []
  }

  function endData() {
    const lines = data ?? []
    const envelope = { from: sender ?? "", to: recipients }
    const refused = oversize
    data = null
    resetTransaction()
    if (refused) return reply("552 Message exceeds fixed maximum message size")
    try {
      const id = deliver(envelope, Buffer.concat(lines.flatMap((line, i) => (i === 0 ? [line] : [CRLF, line]))))
      reply(`250 OK: queued as ${id}`)
    } catch (err) {
      reply(`451 Local error in processing: ${err instanceof Error ? err.message : err}`)
    }
  }

  function resetTransaction() {
    sender = null
    recipients = []
  }

  /** @param {string} line */
  function command(line) {
    if (challenge) {
      const answer = challenge
      challenge = null
      return answer(line)
    }
    const [, verb, arg] = /** @type {RegExpExecArray} */ (/^\s*(\S*)\s*(.*?)\s*$/s.exec(line))
    switch (verb.toUpperCase()) {
      case "EHLO":
      case "HELO":
        if (!arg) return reply(`501 Syntax: ${verb.toUpperCase()} hostname`)
        greeted = true
        resetTransaction()
        if (verb.toUpperCase() === "HELO") return reply(`250 ${hostname}`)
        for (const text of [`${hostname} Hello ${arg}`, ...EXTENSIONS.slice(0, -1)]) reply(`250-${text}`)
        return reply(`250 ${EXTENSIONS.at(-1)}`)
      case "AUTH":
        return auth(arg)
      case "MAIL":
        return mail(arg)
      case "RCPT":
        return rcpt(arg)
      case "DATA":
        if (sender === null) return reply("503 Need MAIL command")
        if (recipients.length === 0) return reply("503 Need RCPT command")
        data = []
        dataSize = 0
        oversize = false
        return reply("354 End data with <CR><LF>.<CR><LF>")
      case "RSET":
        resetTransaction()
        return reply("250 OK")
      case "NOOP":
        return reply("250 OK")
      case "VRFY":
        return reply("252 Cannot VRFY user, but will accept message and attempt delivery")
      case "QUIT":
        reply(`221 ${hostname} closing connection`)
        ended = true
        return close()
      default:
        return reply("500 Command not recognized")
    }
  }

  /** Any credentials are accepted; only the exchange itself is checked. */
  function auth(arg) {
    if (!greeted) return reply("503 Send EHLO first")
    if (authenticated) return reply("503 Already authenticated")
    if (sender !== null) return reply("503 AUTH not permitted during a mail transaction")
    const [mechanism, initial] = arg.split(/\s+/)
    const accept = (response) => {
      if (response === "*") return reply("501 Authentication cancelled")
      if (!BASE64.test(response)) return reply("501 Invalid base64")
      authenticated = true
      reply("235 Authentication successful")
    }
    const askPassword = () => {
      reply("334 UGFzc3dvcmQ6")
      challenge = accept
    }
    switch (mechanism.toUpperCase()) {
      case "PLAIN":
        if (initial !== undefined) return accept(initial)
        reply("334 ")
        challenge = accept
        return
      case "LOGIN":
        if (initial !== undefined) return askPassword()
        reply("334 VXNlcm5hbWU6")
        challenge = (username) => (username === "*" ? reply("501 Authentication cancelled") : askPassword())
        return
      default:
        return reply("504 Unrecognized authentication type")
    }
  }

  function mail(arg) {
    if (!greeted) return reply("503 Send HELO/EHLO first")
    if (sender !== null) return reply("503 Nested MAIL command")
    const match = /^FROM:\s*<([^<>]*)>(.*)$/i.exec(arg)
    if (!match) return reply("501 Syntax: MAIL FROM:<address>")
    const size = /(?:^|\s)SIZE=(\d+)/i.exec(match[2])
    if (size && Number(size[1]) > MAX_SIZE) return reply("552 Message size exceeds fixed maximum message size")
    sender = match[1]
    reply("250 OK")
  }

  function rcpt(arg) {
    if (sender === null) return reply("503 Need MAIL before RCPT")
    const match = /^TO:\s*<([^<>]+)>/i.exec(arg)
    if (!match) return reply("501 Syntax: RCPT TO:<address>")
    const address = match[1].trim().toLowerCase()
    if (!recipients.includes(address)) recipients.push(address)
    reply("250 OK")
  }

  return { feed }
}

module.exports = { createSession }
