// `npm test`: every workspace's unit and integration tests against a real PostgreSQL, embedded unless
// DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD point at a server.
import { randomBytes } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { bin, dataDir, ensureInstalled, fail, log, root, run, runKeepingOutput, seconds } from "./lib.mjs"
import { createDatabase, dropDatabase, password, startEmbeddedPostgres, user } from "./postgres.mjs"
import { add, countResults, format } from "./results.mjs"

const started = Date.now()
ensureInstalled()
// Medusa loads a plugin only from its build (.medusa/server/src), so the backend's workspace plugins are
// built before any test runs; turbo skips an unchanged one.
if ((await run(bin("turbo"), ["run", "build", "--filter=@agora/backend^..."])) !== 0) {
  fail("building the backend's plugins failed; see the errors above")
}

const server = await databaseServer()
const cmsDatabase = `agora_cms_test_${randomBytes(4).toString("hex")}`
await createDatabase(server.url("postgres"), cmsDatabase)

// Each runner sets its own NODE_ENV (jest and vitest: test); one inherited from the shell would override it.
const { NODE_ENV: _inherited, ...inherited } = process.env
const env = {
  ...inherited,
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  // Medusa's test runner creates one database per test file on this server.
  DB_HOST: server.host,
  DB_PORT: String(server.port),
  DB_USERNAME: server.user,
  DB_PASSWORD: server.password,
  // Payload's tests migrate and use a fresh database of their own.
  DATABASE_URL: server.url(cmsDatabase),
  PAYLOAD_SECRET: "test-secret",
}

const workspaces = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).workspaces
const results = []
let total = { passed: 0, failed: 0, skipped: 0 }
try {
  for (const dir of testableWorkspaces(workspaces)) {
    const since = Date.now()
    log(`testing ${dir}${process.env.REDIS_URL ? " (with REDIS_URL)" : ""}`)
    const { code, output } = await runKeepingOutput("npm", ["test"], { cwd: path.join(root, dir), env })
    const counts = countResults(output)
    total = add(total, counts)
    results.push({ dir, ok: code === 0, code, counts, time: seconds(since) })
  }
} finally {
  await dropDatabase(server.url("postgres"), cmsDatabase).catch(() => {})
  await server.stop()
}

console.log("\nSummary")
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.dir.padEnd(20)} ${format(r.counts)} (${r.time})`)
// A runner that dies (out of memory, a crash in setup) reports no failed test; the summary must still say so.
const crashed = results.filter((r) => !r.ok && r.counts.failed === 0).map((r) => `${r.dir} exited ${r.code}`)
console.log(`tests: ${format(total)}${crashed.length ? `; without a failed test: ${crashed.join(", ")}` : ""}`)
log(`npm test took ${seconds(started)}`)
process.exit(results.every((r) => r.ok) ? 0 : 1)

/** Workspace folders (expanding `plugins/*`) whose package.json has a test script. */
function testableWorkspaces(patterns) {
  const dirs = patterns.flatMap((p) =>
    p.endsWith("/*") && existsSync(path.join(root, p.slice(0, -2)))
      ? readdirSync(path.join(root, p.slice(0, -2))).map((name) => `${p.slice(0, -2)}/${name}`)
      : [p]
  )
  return dirs.filter((dir) => {
    const manifest = path.join(root, dir, "package.json")
    return existsSync(manifest) && Boolean(JSON.parse(readFileSync(manifest, "utf8")).scripts?.test)
  })
}

/** The server the tests use: the one the environment names, else an embedded one under .data/test-postgres. */
async function databaseServer() {
  const given = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null
  if (given || process.env.DB_HOST) {
    const host = process.env.DB_HOST ?? given.hostname
    const port = Number(process.env.DB_PORT ?? given?.port ?? 5432)
    const u = process.env.DB_USERNAME ?? decodeURIComponent(given?.username ?? "postgres")
    const p = process.env.DB_PASSWORD ?? decodeURIComponent(given?.password ?? "")
    const auth = `${encodeURIComponent(u)}${p ? `:${encodeURIComponent(p)}` : ""}`
    log(`using PostgreSQL at ${host}:${port}`)
    return { host, port, user: u, password: p, url: (db) => `postgres://${auth}@${host}:${port}/${db}`, stop: async () => {} }
  }
  const pg = await startEmbeddedPostgres({ dir: path.join(dataDir, "test-postgres"), port: 5434 })
  // Medusa's test utilities only skip SSL for hosts named localhost.
  return { host: "localhost", port: 5434, user, password, url: pg.url, stop: pg.stop }
}
