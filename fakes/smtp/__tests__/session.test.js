"use strict"

// Raw-socket SMTP conversations: the bytes a client sends, chunked as the test chooses, and the replies.
const test = require("node:test")
const assert = require("node:assert/strict")
const net = require("node:net")
const { startFakeSmtp } = require("..")

const pause = () => new Promise((resolve) => setTimeout(resolve, 20))
const base64 = (text) => Buffer.from(text).toString("base64")

/** A fake SMTP server and a raw client connected to it, past the greeting. */
async function open(t, options) {
  const smtp = await startFakeSmtp(options)
  t.after(() => smtp.close())
  const client = connect(t, smtp.smtpPort)
  const [greeting] = await client.replies()
  return { smtp, client, greeting }
}

function connect(t, port) {
  const socket = net.connect(port, "127.0.0.1")
  socket.setNoDelay(true)
  t.after(() => socket.destroy())
  /** @type {Array<{ code: number, text: string }>} */
  const replies = []
  /** @type {Array<{ count: number, resolve: (replies: Array<{ code: number, text: string }>) => void }>} */
  const waiting = []
  let buffer = ""
  let lines = []
  const settle = () => {
    while (waiting.length > 0 && replies.length >= waiting[0].count) {
      const { count, resolve } = waiting.shift()
      resolve(replies.splice(0, count))
    }
  }
  socket.setEncoding("utf8")
  socket.on("data", (chunk) => {
    buffer += chunk
    let end
    while ((end = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      lines.push(line.slice(4))
      if (line[3] !== "-") {
        replies.push({ code: Number(line.slice(0, 3)), text: lines.join("\n") })
        lines = []
      }
    }
    settle()
  })
  const closed = new Promise((resolve) => socket.on("close", resolve))
  return {
    send: (text) => socket.write(text),
    /** The next `count` complete (multi-line) replies; rejects after 5 s with what arrived. */
    replies(count = 1) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} replies, got ${JSON.stringify(replies)}`)), 5000)
        waiting.push({ count, resolve: (got) => (clearTimeout(timer), resolve(got)) })
        settle()
      })
    },
    async codes(count) {
      return (await this.replies(count)).map(({ code }) => code)
    },
    closed,
  }
}

test("greets with 220 and advertises AUTH PLAIN LOGIN, 8BITMIME, SMTPUTF8 and SIZE, not STARTTLS", async (t) => {
  const { client, greeting } = await open(t)
  assert.equal(greeting.code, 220)
  assert.match(greeting.text, /ESMTP/)

  client.send("EHLO client.test\r\n")
  const [ehlo] = await client.replies()
  assert.equal(ehlo.code, 250)
  const keywords = ehlo.text.split("\n").slice(1)
  for (const keyword of ["AUTH PLAIN LOGIN", "8BITMIME", "SMTPUTF8", "SIZE 10485760"]) assert.ok(keywords.includes(keyword), keyword)
  assert.ok(!keywords.some((keyword) => /STARTTLS/i.test(keyword)))

  client.send("HELO client.test\r\n")
  assert.deepEqual(await client.codes(1), [250])
})

test("answers pipelined commands in order and unstuffs dots, with CRLF split across chunks", async (t) => {
  const { smtp, client } = await open(t)
  client.send("EHLO client.test\r\nMAIL FROM:<Shop@Agora.test> BODY=8BITMIME\r\nRCPT TO:<Anna@Example.COM>\r\nRCPT TO:<bob@example.com>\r\nDATA\r\n")
  assert.deepEqual(await client.codes(5), [250, 250, 250, 250, 354])

  for (const chunk of ["Subject: Dots\r", "\nFrom: shop@agora.test\r\n\r\nfirst line\r\n.", ".stuffed\r\n...two\r\n..\r", "\nlast\r\n.\r", "\nNOOP\r\n"]) {
    client.send(chunk)
    await pause()
  }
  const [queued, noop] = await client.replies(2)
  assert.equal(queued.code, 250)
  assert.equal(noop.code, 250)

  const [message] = smtp.messages()
  assert.match(queued.text, new RegExp(message.id))
  assert.equal(message.subject, "Dots")
  assert.equal(message.from, "shop@agora.test")
  assert.deepEqual(message.to, ["anna@example.com", "bob@example.com"])
  assert.equal(message.text, "first line\n.stuffed\n..two\n.\nlast")
})

test("takes several messages on one connection; RSET drops the open transaction", async (t) => {
  const { smtp, client } = await open(t)
  client.send("EHLO client.test\r\nMAIL FROM:<a@agora.test>\r\nRCPT TO:<dropped@example.com>\r\nRSET\r\nDATA\r\n")
  assert.deepEqual(await client.codes(5), [250, 250, 250, 250, 503])

  for (const subject of ["One", "Two"]) {
    client.send("MAIL FROM:<a@agora.test>\r\nRCPT TO:<kept@example.com>\r\nDATA\r\n")
    assert.deepEqual(await client.codes(3), [250, 250, 354])
    client.send(`Subject: ${subject}\r\n\r\nbody\r\n.\r\n`)
    assert.deepEqual(await client.codes(1), [250])
  }
  assert.deepEqual(
    smtp.messages().map(({ subject, to }) => [subject, to]),
    [
      ["Two", ["kept@example.com"]],
      ["One", ["kept@example.com"]],
    ]
  )
})

test("answers 500 to unknown commands, 501 to bad syntax, 503 out of sequence, 252 to VRFY and 221 to QUIT", async (t) => {
  const { smtp, client } = await open(t)
  client.send(
    [
      "MAIL FROM:<a@agora.test>", // before EHLO
      "FROB x",
      "EHLO",
      "EHLO client.test",
      "RCPT TO:<b@example.com>", // before MAIL
      "DATA",
      "MAIL FROM:a@agora.test",
      "MAIL FROM:<a@agora.test>",
      "MAIL FROM:<c@agora.test>", // nested
      "RCPT TO:<>",
      "DATA", // no recipient yet
      "VRFY anna",
      "NOOP",
      "QUIT",
      "NOOP", // after QUIT: ignored
      "",
    ].join("\r\n")
  )
  assert.deepEqual(await client.codes(14), [503, 500, 501, 250, 503, 503, 501, 250, 503, 501, 503, 252, 250, 221])
  await client.closed
  assert.deepEqual(smtp.messages(), [])
})

test("refuses a command line longer than 2048 bytes and keeps going", async (t) => {
  const { client } = await open(t)
  client.send(`NOOP ${"x".repeat(3000)}`)
  await pause()
  client.send("yyy\r\nNOOP\r\n")
  assert.deepEqual(await client.codes(2), [500, 250])
})

test("accepts AUTH PLAIN and AUTH LOGIN with any credentials", async (t) => {
  const { smtp, client } = await open(t)
  client.send(`AUTH PLAIN ${base64("\0u\0p")}\r\nEHLO client.test\r\nAUTH PLAIN ${base64("\0anyone\0anything")}\r\nAUTH PLAIN ${base64("\0u\0p")}\r\n`)
  assert.deepEqual(await client.codes(4), [503, 250, 235, 503])

  const login = connect(t, smtp.smtpPort)
  login.send("EHLO client.test\r\nAUTH LOGIN\r\n")
  const [, , username] = await login.replies(3)
  assert.deepEqual([username.code, username.text], [334, "VXNlcm5hbWU6"])
  login.send(`${base64("shop")}\r\n`)
  const [password] = await login.replies()
  assert.deepEqual([password.code, password.text], [334, "UGFzc3dvcmQ6"])
  login.send(`${base64("secret")}\r\n`)
  assert.deepEqual(await login.codes(1), [235])

  const refused = connect(t, smtp.smtpPort)
  refused.send("EHLO client.test\r\nAUTH CRAM-MD5\r\nAUTH PLAIN\r\n*\r\nAUTH PLAIN\r\nnot base64!\r\n")
  assert.deepEqual(await refused.codes(7), [220, 250, 504, 334, 501, 334, 501])
})

test("refuses a message over SIZE with 552, by declaration or in DATA, and stays usable", async (t) => {
  const { smtp, client } = await open(t)
  client.send("EHLO client.test\r\nMAIL FROM:<a@agora.test> SIZE=10485761\r\nMAIL FROM:<a@agora.test> SIZE=2000\r\nRCPT TO:<b@example.com>\r\nDATA\r\n")
  assert.deepEqual(await client.codes(5), [250, 552, 250, 250, 354])
  const line = `${"x".repeat(998)}\r\n`
  client.send(`Subject: Big\r\n\r\n${line.repeat(10_600)}.\r\n`)
  assert.deepEqual(await client.codes(1), [552])

  // One line without an end, longer than the limit.
  client.send("MAIL FROM:<a@agora.test>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n")
  assert.deepEqual(await client.codes(3), [250, 250, 354])
  client.send(`Subject: Bigger\r\n\r\n${"y".repeat(11 * 1024 * 1024)}.\r\n.\r\n`)
  assert.deepEqual(await client.codes(1), [552])

  client.send("MAIL FROM:<a@agora.test>\r\nRCPT TO:<b@example.com>\r\nDATA\r\nSubject: Small\r\n\r\nfits\r\n.\r\n")
  assert.deepEqual(await client.codes(4), [250, 250, 354, 250])
  assert.deepEqual(
    smtp.messages().map(({ subject }) => subject),
    ["Small"]
  )
})
