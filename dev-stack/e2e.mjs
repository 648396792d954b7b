// `npm run test:e2e`: the browser journeys (Playwright + Debian's chromium) against the started stack.
// Starts the stack with `npm start` unless one already answers (outside CI), and stops what it started.
import { existsSync } from "node:fs"
import path from "node:path"
import { bin, ensureInstalled, fail, log, root, runKeepingOutput, startStack, waitForHttp } from "./lib.mjs"
import { countResults, format } from "./results.mjs"

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const backend = "http://localhost:9000"

ensureInstalled()
if (!existsSync(chromium)) {
  fail(`no chromium at ${chromium}; install Debian's (apt-get install chromium) or set CHROMIUM_PATH`)
}

const running = !process.env.CI && (await waitForHttp(`${backend}/health`, { timeoutMs: 1_000 }))
let stack
if (running) {
  log("using the stack that is already running")
} else {
  stack = await startStack("the journeys")
}

const { code, output } = await runKeepingOutput(bin("playwright"), ["test"], {
  cwd: path.join(root, "integration-tests"),
  env: { ...process.env, CHROMIUM_PATH: chromium },
})
const counts = countResults(output)
const crashed = code !== 0 && counts.failed === 0 ? `; playwright exited ${code} without a failed test` : ""
console.log(`e2e: ${format(counts)}${crashed}`)

if (stack) await stack.stop()
process.exit(code)
