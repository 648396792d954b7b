// `npm run test:e2e`: the browser journeys (Playwright + Debian's chromium) against the started stack.
// Starts the stack with `npm start` unless one already answers (outside CI), and stops what it started.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { bin, ensureInstalled, fail, log, root, runKeepingOutput, waitForHttp } from "./lib.mjs"
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
  stack = await startStack()
}

const { code, output } = await runKeepingOutput(bin("playwright"), ["test"], {
  cwd: path.join(root, "integration-tests"),
  env: { ...process.env, CHROMIUM_PATH: chromium },
})
console.log(`e2e: ${format(countResults(output))}`)

if (stack) await stack.stop()
process.exit(code)

/** Runs `npm start` in the background until it prints that Agora is up; its output goes to this terminal. */
function startStack() {
  log("starting the stack (npm start)...")
  const child = spawn(process.execPath, [path.join(root, "dev-stack", "start.mjs")], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  })
  const early = (exitCode) => fail(`npm start exited with code ${exitCode} before the journeys ended`)
  child.on("exit", early)
  const stop = () =>
    new Promise((resolve) => {
      child.off("exit", early)
      if (child.exitCode !== null) return resolve()
      child.once("exit", resolve)
      child.kill("SIGINT")
    })
  return new Promise((resolve) => {
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk)
      if (String(chunk).includes("Agora is up")) resolve({ stop })
    })
  })
}
