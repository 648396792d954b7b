"use strict"

// E-mails sent with nodemailer, as Agora sends them, read back through the HTTP API and the mailbox pages.
const test = require("node:test")
const assert = require("node:assert/strict")
const { randomBytes } = require("node:crypto")
const nodemailer = require("nodemailer")
const { startFakeSmtp } = require("..")

const SUBJECT = "Η παραγγελία σας #1001 εστάλη · Ihre Bestellung wurde verschickt"
const TEXT = "Γειά σου Σοφία,\nη παραγγελία σας είναι καθ' οδόν.\n\nGrüße aus Köln: Straße, Maß, Öl.\n.a line starting with a dot\n"
const HTML = "<p>Γειά σου <b>Σοφία</b>,</p>\n<p>Grüße aus Köln</p>"

async function start(t, options) {
  const smtp = await startFakeSmtp(options)
  t.after(() => smtp.close())
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: smtp.smtpPort, secure: false, auth: { user: "agora", pass: "secret" } })
  t.after(() => transport.close())
  return { smtp, send: (mail) => transport.sendMail({ from: "Agora <no-reply@agora.test>", ...mail }) }
}

async function getJson(url) {
  const res = await fetch(url)
  assert.equal(res.status, 200)
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/)
  return res.json()
}

async function getPage(url, status = 200) {
  const res = await fetch(url)
  assert.equal(res.status, status)
  assert.match(res.headers.get("content-type") ?? "", /^text\/html; charset=utf-8/)
  return { page: await res.text(), csp: res.headers.get("content-security-policy") }
}

const unescapeHtml = (text) =>
  text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name])

for (const textEncoding of ["base64", "quoted-printable"]) {
  test(`reads back a Greek and German e-mail with text, html and attachments, decoded (${textEncoding})`, async (t) => {
    const { smtp, send } = await start(t)
    const pdf = randomBytes(5000)
    const csv = "id;total\n1001;12,50\n"
    const before = Date.now()
    const info = await send({
      from: '"Agora Μαρκετπλέις" <no-reply@agora.test>',
      to: "Σοφία Παπαδοπούλου <Sofia@Example.COM>",
      subject: SUBJECT,
      text: TEXT,
      html: HTML,
      textEncoding,
      attachments: [
        { filename: "Rechnung-März.pdf", content: pdf },
        { filename: "orders.csv", content: csv, contentType: "text/csv" },
      ],
    })

    const { messages } = await getJson(`${smtp.httpUrl}/api/messages`)
    assert.equal(messages.length, 1)
    const [message] = messages
    assert.equal(message.from, "Agora Μαρκετπλέις <no-reply@agora.test>")
    assert.deepEqual(message.to, ["sofia@example.com"])
    assert.equal(message.subject, SUBJECT)
    assert.equal(message.text, TEXT)
    assert.equal(message.html, HTML)
    assert.ok(Date.parse(message.date) >= before - 1 && Date.parse(message.date) <= Date.now())
    assert.equal(message.headers.subject, SUBJECT)
    assert.equal(message.headers.to, "Σοφία Παπαδοπούλου <Sofia@example.com>")
    assert.equal(message.headers["message-id"], info.messageId)
    assert.deepEqual(message.attachments, [
      { filename: "Rechnung-März.pdf", contentType: "application/pdf", size: 5000 },
      { filename: "orders.csv", contentType: "text/csv", size: Buffer.byteLength(csv) },
    ])

    assert.deepEqual(await getJson(`${smtp.httpUrl}/api/messages/${message.id}`), { message })
    assert.deepEqual(smtp.messages(), [message])
  })
}

test("filters by envelope recipient, case-insensitively, newest first", async (t) => {
  const { smtp, send } = await start(t)
  await send({ to: "anna@example.com", subject: "first", text: "1" })
  await send({ to: "bob@example.com", subject: "second", text: "2" })
  await send({ to: "Bob <bob@example.com>, Anna <ANNA@example.com>", subject: "third", text: "3" })
  await send({ to: "someone@example.com", bcc: "anna@example.com", subject: "fourth", text: "4" })

  const subjects = async (query) => (await getJson(`${smtp.httpUrl}/api/messages${query}`)).messages.map(({ subject }) => subject)
  assert.deepEqual(await subjects(""), ["fourth", "third", "second", "first"])
  assert.deepEqual(await subjects("?to=Anna%40Example.com"), ["fourth", "third", "first"])
  assert.deepEqual(await subjects("?to=bob@example.com"), ["third", "second"])
  assert.deepEqual(await subjects("?to=nobody@example.com"), [])
})

test("DELETE /api/messages and clear() empty the mailbox", async (t) => {
  const { smtp, send } = await start(t)
  await send({ to: "anna@example.com", subject: "one", text: "1" })
  const res = await fetch(`${smtp.httpUrl}/api/messages`, { method: "DELETE" })
  assert.equal(res.status, 204)
  assert.deepEqual(await getJson(`${smtp.httpUrl}/api/messages`), { messages: [] })

  await send({ to: "anna@example.com", subject: "two", text: "2" })
  assert.equal(smtp.messages().length, 1)
  smtp.clear()
  assert.deepEqual(smtp.messages(), [])
})

test("keeps the newest `limit` messages", async (t) => {
  const { smtp, send } = await start(t, { limit: 2 })
  for (const subject of ["one", "two", "three"]) await send({ to: "anna@example.com", subject, text: subject })
  assert.deepEqual(
    smtp.messages().map(({ subject }) => subject),
    ["three", "two"]
  )
})

test("the mailbox page lists messages, or says there are none", async (t) => {
  const { smtp, send } = await start(t)
  const empty = await getPage(`${smtp.httpUrl}/`)
  assert.match(empty.page, /<html lang="en">/)
  assert.match(empty.page, /<title>Mailbox<\/title>/)
  assert.match(empty.page, /<h1>Mailbox<\/h1>/)
  assert.match(empty.page, /No messages yet/)
  assert.doesNotMatch(empty.page, /<table/)

  await send({ to: "anna@example.com", subject: SUBJECT, text: TEXT })
  const [message] = smtp.messages()
  const { page } = await getPage(`${smtp.httpUrl}/`)
  assert.doesNotMatch(page, /No messages yet/)
  assert.match(page, /<th scope="col">Received<\/th><th scope="col">To<\/th><th scope="col">From<\/th><th scope="col">Subject<\/th>/)
  assert.ok(page.includes(`<a href="/messages/${message.id}">${SUBJECT}</a>`))
  assert.ok(page.includes(`<td>anna@example.com</td>`))
  assert.ok(page.includes(`<time datetime="${message.date}">`))
})

test("the pages escape a hostile subject, text, html and file name", async (t) => {
  const { smtp, send } = await start(t)
  const html = `<img src=x onerror="alert(1)"><script>alert(2)</script>"></iframe><script>alert(3)</script>`
  await send({
    to: "anna@example.com",
    subject: `<script>alert("subject")</script>`,
    text: `</pre><script>alert(4)</script>\nVerify: https://shop.test/verify?token=a"b&lang=de\n`,
    html,
    attachments: [{ filename: `<img src=x onerror=alert(5)>.txt`, content: "x" }],
  })
  const [message] = smtp.messages()

  const list = await getPage(`${smtp.httpUrl}/`)
  assert.doesNotMatch(list.page, /<script/i)
  assert.ok(list.page.includes(`&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;</a>`))

  const { page, csp } = await getPage(`${smtp.httpUrl}/messages/${message.id}`)
  assert.match(csp ?? "", /script-src 'none'/)
  assert.doesNotMatch(page, /<script|<img/i)
  assert.match(page, /<title>&lt;script&gt;alert\(&quot;subject&quot;\)&lt;\/script&gt;<\/title>/)
  assert.match(page, /<h1>&lt;script&gt;alert\(&quot;subject&quot;\)&lt;\/script&gt;<\/h1>/)
  assert.match(page, /<a href="\/">Back to the mailbox<\/a>/)
  assert.ok(page.includes(`<pre data-testid="text">&lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;\nVerify: `))
  assert.ok(page.includes(`<a href="https://shop.test/verify?token=a">https://shop.test/verify?token=a</a>&quot;b&amp;lang=de`))
  assert.ok(page.includes(`<li>&lt;img src=x onerror=alert(5)&gt;.txt (text/plain, 1 bytes)</li>`))

  // The HTML part lives only inside the sandboxed iframe's srcdoc, which no quote can leave.
  const iframes = [...page.matchAll(/<iframe ([^>]*)><\/iframe>/g)]
  assert.equal(iframes.length, 1)
  const attributes = iframes[0][1]
  assert.match(attributes, /^title="HTML part" sandbox="([^"]*)" srcdoc="([^"]*)"$/)
  const [, sandbox, srcdoc] = /** @type {RegExpExecArray} */ (/sandbox="([^"]*)" srcdoc="([^"]*)"/.exec(attributes))
  assert.doesNotMatch(sandbox, /allow-scripts|allow-same-origin/)
  assert.equal(unescapeHtml(srcdoc), `<base target="_blank">${html}`)
})

test("answers 404 for unknown messages and paths, 405 for other methods", async (t) => {
  const { smtp } = await start(t)
  const api = await fetch(`${smtp.httpUrl}/api/messages/unknown-id`)
  assert.equal(api.status, 404)
  assert.deepEqual(await api.json(), { error: "No message unknown-id" })

  const { page } = await getPage(`${smtp.httpUrl}/messages/%3Cscript%3Ex`, 404)
  assert.match(page, /<h1>Message not found<\/h1>/)
  assert.doesNotMatch(page, /<script/i)

  assert.equal((await fetch(`${smtp.httpUrl}/nowhere`)).status, 404)
  const post = await fetch(`${smtp.httpUrl}/api/messages`, { method: "POST" })
  assert.equal(post.status, 405)
  assert.equal(post.headers.get("allow"), "GET, DELETE")
})
