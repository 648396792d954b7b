#!/usr/bin/env node
"use strict"

// Runs the fake Lexoffice standalone, for the local demo and browser tests.
const { writeFileSync } = require("node:fs")
const { parseArgs } = require("node:util")
const { startFakeLexoffice } = require("./server")

const USAGE = "usage: fake-lexoffice [--port 4020] [--public-key-file PATH]"

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "public-key-file": { type: "string" },
      help: { type: "boolean" },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  // A flag wins over its FAKE_LEXOFFICE_* environment variable; empty means unset.
  const setting = (name) => values[name] || process.env[`FAKE_LEXOFFICE_${name.toUpperCase().replaceAll("-", "_")}`] || undefined
  const port = Number(setting("port") ?? 4020)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${setting("port")}`)

  const lexoffice = await startFakeLexoffice({ port })
  const keyFile = setting("public-key-file")
  if (keyFile) writeFileSync(keyFile, lexoffice.publicKey)
  console.log(`fake Lexoffice listening on ${lexoffice.url}`)

  const stop = () => lexoffice.close().then(() => process.exit(0))
  process.once("SIGTERM", stop)
  process.once("SIGINT", stop)
}

main().catch((err) => {
  console.error(`fake-lexoffice: ${err instanceof Error ? err.message : err}\n${USAGE}`)
  process.exit(1)
})
