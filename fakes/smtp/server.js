"use strict"

const http = require("node:http")
const net = require("node:net")
const { randomUUID } = require("node:crypto")
const { parseMessage } = require("./mime")
const { mailboxPage, messagePage, notFoundPage } = require("./pages")
const { createSession } = require("./session")

/** @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Answer */

const json = (status, body) => ({ status, body })
// The pages show hostile content on purpose; nothing on them needs a script.
const html = (status, page) => ({
  status,
  body: page,
  headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'; object-src 'none'" },
})
const notAllowed = (allow) => ({ status: 405, headers: { allow } })

/**
 * Starts a fake SMTP server that keeps what it receives, and an HTTP server with a JSON API and mailbox pages.
 * @param {import("./index").FakeSmtpOptions} [options]
 * @returns {Promise<import("./index").FakeSmtp>}
 */
async function startFakeSmtp({ host = "127.0.0.1", smtpPort = 0, httpPort = 0, limit = 1000 } = {}) {
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError("fake SMTP: limit must be a positive integer")
  /** @type {import("./index").FakeSmtpMessage[]} newest first */
  let messages = []
  /** @type {Set<net.Socket>} */
  const sockets = new Set()

  /** @type {(envelope: { from: string, to: string[] }, raw: Buffer) => string} */
  function receive(envelope, raw) {
    const { from, subject, text, html: htmlPart, headers, attachments } = parseMessage(raw)
    const message = {
      id: randomUUID(),
      from: from || envelope.from,
      to: envelope.to,
      subject,
      text,
      html: htmlPart,
      date: new Date().toISOString(),
      headers,
      attachments,
    }
    messages = [message, ...messages.slice(0, limit - 1)]
    return message.id
  }

  const smtp = net.createServer({ noDelay: true }, (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    // A client hanging up mid-conversation is its business, not an error of the fake.
    socket.on("error", () => {})
    const session = createSession({
      hostname: "localhost",
      reply: (line) => socket.write(`${line}\r\n`),
      close: () => socket.end(),
      deliver: receive,
    })
    socket.on("data", (chunk) => session.feed(chunk))
  })

  /** @returns {Answer} */
  function answer(method, url) {
    const path = url.pathname
    if (path === "/api/messages") {
      if (method === "DELETE") {
        messages = []
        return { status: 204 }
      }
      if (method !== "GET") return notAllowed("GET, DELETE")
      const to = url.searchParams.get("to")?.trim().toLowerCase()
      return json(200, { messages: to ? messages.filter((message) => message.to.includes(to)) : messages })
    }
    if (method !== "GET") return notAllowed("GET")
    if (path === "/") return html(200, mailboxPage(messages))
    const api = /^\/api\/messages\/([^/]+)$/.exec(path)
    if (api) {
      const message = messages.find(({ id }) => id === api[1])
      return message ? json(200, { message }) : json(404, { error: `No message ${api[1]}` })
    }
    const page = /^\/messages\/([^/]+)$/.exec(path)
    if (page) {
      const message = messages.find(({ id }) => id === page[1])
      return message ? html(200, messagePage(message)) : html(404, notFoundPage(page[1]))
    }
    return json(404, { error: "Not found" })
  }

  const web = http.createServer((req, res) => {
    const { status, body, headers = {} } = answer(req.method ?? "GET", new URL(req.url ?? "/", "http://localhost"))
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body)
    const type = body === undefined || typeof body === "string" ? {} : { "content-type": "application/json; charset=utf-8" }
    res.writeHead(status, { ...type, ...headers, "content-length": Buffer.byteLength(text) })
    res.end(text)
  })

  await listen(smtp, smtpPort, host)
  try {
    await listen(web, httpPort, host)
  } catch (err) {
    await new Promise((resolve) => smtp.close(resolve))
    throw err
  }
  const smtpAddress = /** @type {net.AddressInfo} */ (smtp.address())
  const webAddress = /** @type {net.AddressInfo} */ (web.address())
  const urlHost = net.isIPv6(host) ? `[${host}]` : host

  let closed = false
  return {
    smtpUrl: `smtp://${urlHost}:${smtpAddress.port}`,
    httpUrl: `http://${urlHost}:${webAddress.port}`,
    smtpPort: smtpAddress.port,
    httpPort: webAddress.port,
    messages: () => [...messages],
    clear() {
      messages = []
    },
    async close() {
      if (closed) return
      closed = true
      for (const socket of sockets) socket.destroy()
      web.closeAllConnections()
      await Promise.all([new Promise((resolve) => smtp.close(resolve)), new Promise((resolve) => web.close(resolve))])
    },
  }
}

/**
 * @param {net.Server} server
 * @param {number} port
 * @param {string} host
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve(undefined)
    })
  })
}

module.exports = { startFakeSmtp }
