#!/usr/bin/env node
"use strict"

// Runs the fake Viva Wallet standalone, for the local demo and browser tests.
const { parseArgs } = require("node:util")
const { startFakeViva } = require("./server")

const USAGE = "usage: fake-viva-wallet [--port 4010] [--webhook-url URL] [--success-url URL] [--failure-url URL]"

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "webhook-url": { type: "string" },
      "success-url": { type: "string" },
      "failure-url": { type: "string" },
      help: { type: "boolean" },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  // A flag wins over its FAKE_VIVA_* environment variable; empty means unset.
  const setting = (name) => values[name] || process.env[`FAKE_VIVA_${name.toUpperCase().replace("-", "_")}`] || undefined
  const port = Number(setting("port") ?? 4010)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${setting("port")}`)

  const viva = await startFakeViva({
    port,
    webhookUrl: setting("webhook-url"),
    sources: { Default: { successUrl: setting("success-url"), failureUrl: setting("failure-url") } },
  })
  console.log(`fake Viva Wallet listening on ${viva.url}`)

  const stop = () => viva.close().then(() => process.exit(0))
  process.once("SIGTERM", stop)
  process.once("SIGINT", stop)
}

main().catch((err) => {
  console.error(`fake-viva-wallet: ${err instanceof Error ? err.message : err}\n${USAGE}`)
  process.exit(1)
})
