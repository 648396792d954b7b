#!/usr/bin/env node
"use strict"

// Runs the fake SMTP server standalone, for the local demo and browser tests.
const { parseArgs } = require("node:util")
const { startFakeSmtp } = require("./server")

const USAGE = "usage: fake-smtp [--smtp-port 1025] [--http-port 8025]"

async function main() {
  const { values } = parseArgs({
    options: {
      "smtp-port": { type: "string" },
      "http-port": { type: "string" },
      help: { type: "boolean" },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  // A flag wins over its environment variable; empty means unset.
  const port = (flag, variable, fallback) => {
    const text = values[flag] || process.env[variable] || fallback
    const number = Number(text)
    if (!Number.isInteger(number) || number < 0 || number > 65535) throw new Error(`invalid --${flag}: ${text}`)
    return number
  }
  const smtp = await startFakeSmtp({
    smtpPort: port("smtp-port", "FAKE_SMTP_PORT", "1025"),
    httpPort: port("http-port", "FAKE_SMTP_HTTP_PORT", "8025"),
  })
  console.log(`fake SMTP listening on ${smtp.smtpUrl}, mailbox at ${smtp.httpUrl}`)

  const stop = () => smtp.close().then(() => process.exit(0))
  process.once("SIGTERM", stop)
  process.once("SIGINT", stop)
}

main().catch((err) => {
  console.error(`fake-smtp: ${err instanceof Error ? err.message : err}\n${USAGE}`)
  process.exit(1)
})
