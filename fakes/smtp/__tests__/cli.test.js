"use strict"

const test = require("node:test")
const assert = require("node:assert/strict")
const { spawn } = require("node:child_process")
const { once } = require("node:events")
const path = require("node:path")

const CLI = path.join(__dirname, "..", "cli.js")

function run(t, args, env = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
  t.after(() => child.kill())
  let stdout = ""
  let stderr = ""
  child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk))
  child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk))
  return { child, output: () => ({ stdout, stderr }) }
}

test("the CLI prints both URLs, serves the mailbox and stops on SIGTERM", async (t) => {
  const { child, output } = run(t, ["--smtp-port", "0"], { FAKE_SMTP_HTTP_PORT: "0" })
  await once(child.stdout, "data")
  const match = /^fake SMTP listening on smtp:\/\/127\.0\.0\.1:(\d+), mailbox at (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(output().stdout)
  assert.ok(match, output().stdout)
  assert.equal((await fetch(`${match[2]}/api/messages`)).status, 200)

  child.kill("SIGTERM")
  const [code] = await once(child, "close")
  assert.equal(code, 0)
})

test("the CLI refuses an invalid port", async (t) => {
  const { child, output } = run(t, [], { FAKE_SMTP_PORT: "smtp" })
  const [code] = await once(child, "close")
  assert.equal(code, 1)
  assert.match(output().stderr, /^fake-smtp: invalid --smtp-port: smtp\nusage: fake-smtp/)
})
