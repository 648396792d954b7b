"use strict"

// MIME cases nodemailer does not produce (latin1 and ISO-8859-7 charsets, Q-encoded words, RFC 2231 continuations),
// written byte for byte as other mailers send them.
const test = require("node:test")
const assert = require("node:assert/strict")
const { parseMessage } = require("../mime")

/** A message from CRLF-joined lines, UTF-8 encoded. */
const message = (lines) => Buffer.from(lines.join("\r\n"))

test("decodes B and Q encoded-words in UTF-8, latin1 and ISO-8859-7, joining adjacent words", () => {
  const parsed = parseMessage(
    message([
      "From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <juergen@example.de>",
      // "Παραγγελία" in ISO-8859-7, then " Für" in UTF-8 with the bytes of "ü" split between two folded words
      "Subject: Re: =?iso-8859-7?B?0OHx4ePj5evf4Q==?= =?utf-8?b?IEbD?=",
      " =?UTF-8?B?vHI=?= die Bestellung",
      "To: =?utf-8?q?Caf=C3=A9?= Team <team@example.com>",
      "",
      "Hallo",
    ])
  )
  assert.equal(parsed.from, "Jürgen Müller <juergen@example.de>")
  assert.equal(parsed.subject, "Re: Παραγγελία Für die Bestellung")
  assert.equal(parsed.headers.to, "Café Team <team@example.com>")
  assert.equal(parsed.text, "Hallo")
})

test("unfolds headers, lower-cases their names and joins repeated ones", () => {
  const parsed = parseMessage(message(["SUBJECT: a subject", "\tfolded twice", "  and again", "X-Tag: one", "x-tag: two", "", "body"]))
  assert.equal(parsed.subject, "a subject\tfolded twice  and again")
  assert.deepEqual(parsed.headers, { subject: "a subject\tfolded twice  and again", "x-tag": "one, two" })
  assert.deepEqual([parsed.from, parsed.html, parsed.attachments], ["", null, []])
})

test("reads nested multiparts with quoted-printable latin1, base64 ISO-8859-7 and RFC 2231 file names", () => {
  const parsed = parseMessage(
    message(
      [
        "Subject: Rechnung",
        'Content-Type: multipart/mixed; boundary="outer"',
        "",
        "This is the preamble.",
        "--outer",
        "Content-Type: multipart/alternative; boundary=inner",
        "",
        "--inner",
        "Content-Type: text/plain; charset=ISO-8859-1",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Gr=FC=DFe aus M=FCnchen, ein sehr langer Satz, der umbrochen =",
        "wird.   ",
        "Zweite Zeile =3D gleich",
        "--inner",
        'Content-Type: text/html; charset="iso-8859-7"',
        "Content-Transfer-Encoding: base64",
        "",
        Buffer.from("<p>\xc3\xe5\xe9\xdc \xf3\xef\xf5</p>\r\n<p>\xc1\xe8\xde\xed\xe1</p>", "latin1").toString("base64"),
        "--inner--",
        "",
        "--outer",
        "Content-Type: text/plain; name=ignored.txt",
        "Content-Disposition: attachment; filename*0*=iso-8859-1''M%E4rz; filename*1=\"-Bericht\";",
        " filename*2=.txt",
        "",
        "eine Datei",
        "--outer",
        "Content-Type: image/PNG; name=\"=?UTF-8?Q?Gr=C3=BC=C3=9Fe.png?=\"",
        "Content-Disposition: ATTACHMENT",
        "Content-Transfer-Encoding: base64",
        "",
        "iVBORw0K",
        "GgoAAAAN",
        "--outer--",
        "epilogue",
      ]
    )
  )
  assert.equal(parsed.text, "Grüße aus München, ein sehr langer Satz, der umbrochen wird.\nZweite Zeile = gleich")
  assert.equal(parsed.html, "<p>Γειά σου</p>\n<p>Αθήνα</p>")
  assert.deepEqual(parsed.attachments, [
    { filename: "März-Bericht.txt", contentType: "text/plain", size: 10 },
    { filename: "Grüße.png", contentType: "image/png", size: 12 },
  ])
})

test("reads 8-bit UTF-8 headers and body without encoding", () => {
  const parsed = parseMessage(
    message(["Subject: Η παραγγελία σας", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", "<p>Größe</p>", ""])
  )
  assert.equal(parsed.subject, "Η παραγγελία σας")
  assert.deepEqual([parsed.text, parsed.html], [null, "<p>Größe</p>\n"])
})
