// `npm start`: the whole platform on one machine with demo data.
// install -> PostgreSQL -> build -> migrate -> seed (first run) -> backend, cms, storefront -> URLs.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import path from "node:path"
import {
  bin,
  dataDir,
  ensureDir,
  ensureInstalled,
  fail,
  isPortFree,
  log,
  root,
  run,
  seconds,
  stopProcessGroup,
  stopRunning,
  waitForHttp,
} from "./lib.mjs"
import { createDatabase, startEmbeddedPostgres, withClient } from "./postgres.mjs"

const started = Date.now()
const ports = { backend: 9000, cms: 3001, storefront: 8000, postgres: 5433, viva: 4010, lexoffice: 4020, smtp: 1025, mailbox: 8025 }
// Without Viva Wallet credentials the demo pays on the fake Viva server in fakes/viva-wallet, and
// without a Lexoffice API key it invoices on the fake Lexoffice in fakes/lexoffice.
const fakeViva = !process.env.VIVA_CLIENT_ID
const fakeLexoffice = !process.env.LEXOFFICE_API_KEY
// Without an SMTP server e-mails go to the fake one in fakes/smtp, whose mailbox page shows them.
const fakeSmtp = !process.env.SMTP_URL
// Raise when the backend seed changes what it creates: `npm start` then seeds existing databases again.
const BACKEND_SEED_VERSION = 7
// The same for the CMS seed.
const CMS_SEED_VERSION = 3
const urls = {
  backend: `http://localhost:${ports.backend}`,
  cms: `http://localhost:${ports.cms}`,
  storefront: `http://localhost:${ports.storefront}`,
  viva: `http://127.0.0.1:${ports.viva}`,
  lexoffice: `http://127.0.0.1:${ports.lexoffice}`,
  smtp: `smtp://127.0.0.1:${ports.smtp}`,
  mailbox: `http://127.0.0.1:${ports.mailbox}`,
}
const logsDir = path.join(dataDir, "logs")
const children = []
let postgres
let stopping = false

process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))

ensureInstalled()
ensureDir(logsDir)

for (const [name, port] of Object.entries(ports)) {
  if (name === "postgres" && process.env.DATABASE_URL) continue
  if (name === "viva" && !fakeViva) continue
  if (name === "lexoffice" && !fakeLexoffice) continue
  if ((name === "smtp" || name === "mailbox") && !fakeSmtp) continue
  if (!(await isPortFree(port))) {
    fail(`port ${port} (${name}) is already in use; stop what listens there (e.g. an earlier npm start) and run it again`)
  }
}

const secrets = devSecrets()
const db = await databases()
// The fake Lexoffice makes its signing key at start; the backend needs it to accept its webhooks.
const lexoffice = fakeLexoffice ? await startFakeLexoffice() : null
const env = {
  ...process.env,
  NODE_ENV: "production",
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
}
const backendEnv = {
  ...env,
  DATABASE_URL: db.backend,
  MEDUSA_BACKEND_URL: urls.backend,
  STORE_CORS: urls.storefront,
  ADMIN_CORS: urls.backend,
  AUTH_CORS: `${urls.storefront},${urls.backend}`,
  JWT_SECRET: secrets.jwt,
  COOKIE_SECRET: secrets.cookie,
  // Catalog changes call the storefront's /api/revalidate, signed with the secret the CMS uses too.
  STOREFRONT_URL: urls.storefront,
  REVALIDATE_SECRET: secrets.revalidate,
  ...(fakeSmtp ? { SMTP_URL: urls.smtp } : {}),
  ...(fakeViva
    ? {
        VIVA_CLIENT_ID: "fake-client-id",
        VIVA_CLIENT_SECRET: "fake-client-secret",
        VIVA_MERCHANT_ID: "fake-merchant-id",
        VIVA_API_KEY: "fake-api-key",
        VIVA_ENVIRONMENT: urls.viva,
      }
    : {}),
  ...(lexoffice
    ? {
        LEXOFFICE_API_KEY: "fake-lexoffice-key",
        LEXOFFICE_BASE_URL: urls.lexoffice,
        LEXOFFICE_WEBHOOK_PUBLIC_KEY: lexoffice.publicKey,
        LEXOFFICE_WEBHOOK_URL: `${urls.backend}/hooks/lexoffice`,
      }
    : {}),
}
const cmsEnv = {
  ...env,
  DATABASE_URL: db.cms,
  PAYLOAD_SECRET: secrets.payload,
  SERVER_URL: urls.cms,
  STOREFRONT_URL: urls.storefront,
  // Shared with the storefront: publishing calls its /api/revalidate, and its preview reads drafts.
  REVALIDATE_SECRET: secrets.revalidate,
  PREVIEW_SECRET: secrets.preview,
}

await step("build (turbo caches unchanged apps)", () =>
  run(bin("turbo"), ["run", "build", "--filter=@agora/backend", "--filter=@agora/cms", "--filter=@agora/storefront"], {
    env,
  })
)
const backendServer = path.join(root, "backend", ".medusa", "server")
const builds = {
  backend: path.join(backendServer, "public", "admin", "index.html"),
  cms: path.join(root, "cms", ".next", "BUILD_ID"),
  storefront: path.join(root, "storefront", ".next", "BUILD_ID"),
}
for (const [app, file] of Object.entries(builds)) {
  if (!existsSync(file)) await abort(`the ${app} build is missing (${path.relative(root, file)}); run \`npm run build\` and read its errors`)
}
// Uploads (seeded product images included) live in backend/static, and private files (invoice PDFs) in
// backend/private, outside the build folder that each build replaces.
for (const dir of ["static", "private"]) {
  ensureDir(path.join(root, "backend", dir))
  if (!existsSync(path.join(backendServer, dir))) symlinkSync(`../../${dir}`, path.join(backendServer, dir))
}

await step("backend migrations", () => run(bin("medusa", "backend"), ["db:migrate"], { cwd: path.join(root, "backend"), env: backendEnv }), "fix the error above (is the database reachable?) and run npm start again")
// `payload migrate` used to exit 0 now and then without applying anything (Lexical's top-level awaits,
// see cms/README.md); the result is checked in the database.
await step("cms migrations", () => run("npm", ["run", "migrate", "-w", "@agora/cms"], { env: cmsEnv }), "fix the error above and run npm start again")
const missing = await cmsMigrationsMissing(db.cms)
if (missing.length) await abort(`cms migrations reported success but ${missing.join(", ")} is not applied; run \`npm run migrate -w @agora/cms\` with the cms DATABASE_URL and read its output`)

const seeded = seedMarks()
// The backend seed is idempotent and brings older demo data up to date, so it runs again whenever it changed.
if (seeded[db.backend]?.version !== BACKEND_SEED_VERSION) {
  // Without SMTP_URL the seed's notifications (sellers approved, demo follows and likes) stay in the app:
  // nobody is mailed about demo data, and the mailbox starts empty.
  const { SMTP_URL: _smtp, ...seedEnv } = backendEnv
  await step("seed backend demo data", () => run(bin("medusa", "backend"), ["exec", "./src/scripts/seed.ts"], { cwd: path.join(root, "backend"), env: seedEnv }))
  markSeeded(db.backend, { version: BACKEND_SEED_VERSION })
}
if (seeded[db.cms]?.version !== CMS_SEED_VERSION) {
  await step("seed cms content", () => run("npm", ["run", "seed", "-w", "@agora/cms"], { env: cmsEnv }))
  markSeeded(db.cms, { version: CMS_SEED_VERSION })
  // The seed does not call the storefront's revalidation (it is not running yet): drop the CMS reads
  // it cached on an earlier run, which would otherwise be served for up to an hour.
  rmSync(path.join(root, "storefront", ".next", "cache", "fetch-cache"), { recursive: true, force: true })
}
const publishableKey = await readPublishableKey(db.backend)

log(`starting backend and cms${fakeViva || fakeSmtp ? " (and the fake servers)" : ""}, then the storefront`)
const viva = fakeViva
  ? launch("viva", process.execPath, [path.join(root, "fakes", "viva-wallet", "cli.js")], {
      cwd: root,
      env: {
        ...env,
        FAKE_VIVA_PORT: String(ports.viva),
        FAKE_VIVA_WEBHOOK_URL: `${urls.backend}/hooks/vivawallet`,
        // The storefront's checkout takes the shopper back after paying on Viva's page.
        FAKE_VIVA_SUCCESS_URL: `${urls.storefront}/checkout/return`,
        FAKE_VIVA_FAILURE_URL: `${urls.storefront}/checkout/return`,
      },
    })
  : null
const smtp = fakeSmtp
  ? launch("smtp", process.execPath, [path.join(root, "fakes", "smtp", "cli.js")], {
      cwd: root,
      env: { ...env, FAKE_SMTP_PORT: String(ports.smtp), FAKE_SMTP_HTTP_PORT: String(ports.mailbox) },
    })
  : null
const backend = launch("backend", bin("medusa", "backend"), ["start", "--port", String(ports.backend)], {
  cwd: backendServer,
  env: backendEnv,
})
const cms = launch("cms", bin("next", "cms"), ["start", "-p", String(ports.cms)], { cwd: path.join(root, "cms"), env: cmsEnv })

await Promise.all([
  healthy(backend, `${urls.backend}/health`),
  healthy(cms, `${urls.cms}/api/pages?limit=1`),
  viva && healthy(viva, `${urls.viva}/_fake/state`),
  smtp && healthy(smtp, `${urls.mailbox}/api/messages`),
])
// The storefront renders its pages from the backend and the CMS, so it starts once they answer: a page
// rendered while the CMS is still starting would be served without its content until revalidated.
const storefront = launch("storefront", bin("next", "storefront"), ["start", "-p", String(ports.storefront)], {
  cwd: path.join(root, "storefront"),
  env: {
    ...env,
    MEDUSA_BACKEND_URL: urls.backend,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    CMS_URL: urls.cms,
    STOREFRONT_URL: urls.storefront,
    REVALIDATE_SECRET: secrets.revalidate,
    PREVIEW_SECRET: secrets.preview,
  },
})
await healthy(storefront, `${urls.storefront}/`)

console.log(`
Agora is up (${seconds(started)}). Logs: ${path.relative(process.cwd(), logsDir)}/

  Storefront     ${urls.storefront}
  Medusa admin   ${urls.backend}/app      admin@agora.local / agora-admin
  Store API      ${urls.backend}/store    x-publishable-api-key: ${publishableKey}
  CMS admin      ${urls.cms}/admin    admin@agora.local / agora-admin, editor@agora.local / agora-editor
  Customer       customer@agora.local / customer-demo
${shopperLogins()}
  Seller API     ${urls.backend}/vendor   sign in: POST /auth/seller/emailpass
${sellerLogins()}
  Accounting     ${fakeLexoffice ? `Lexoffice (fake: ${urls.lexoffice}/_fake/state); invoices in the admin's Finance page` : "Lexoffice; invoices in the admin's Finance page"}
  E-mail         ${fakeSmtp ? `fake SMTP server; every e-mail sent is in the mailbox at ${urls.mailbox}` : "SMTP"}
  Payments       ${fakeViva ? `Viva Wallet (fake, pay or decline on its page: ${urls.viva})` : "Viva Wallet"}${process.env.STRIPE_API_KEY ? ", Stripe" : ""}, system
  PostgreSQL     ${redact(db.backend)}${process.env.REDIS_URL ? `\n  Redis          ${redact(process.env.REDIS_URL)}` : ""}

Press Ctrl-C to stop everything.
`)

/** Starts the fake Lexoffice server and reads the public key its webhooks are signed with. */
async function startFakeLexoffice() {
  const child = launch("lexoffice", process.execPath, [path.join(root, "fakes", "lexoffice", "cli.js")], {
    cwd: root,
    env: { ...process.env, FAKE_LEXOFFICE_PORT: String(ports.lexoffice) },
  })
  await healthy(child, `${urls.lexoffice}/_fake/state`)
  const response = await fetch(`${urls.lexoffice}/_fake/public-key`)
  if (!response.ok) await abort(`the fake Lexoffice did not give its public key (HTTP ${response.status}); see .data/logs/lexoffice.log`)
  return { publicKey: await response.text() }
}

/** Runs one start-up step with a progress line; a failure stops everything with one line saying what to do. */
async function step(title, action, hint = "see the output above") {
  const since = Date.now()
  log(`${title}...`)
  const code = await action()
  if (code !== 0) await abort(`${title} failed; ${hint}`)
  log(`${title} done (${seconds(since)})`)
}

function launch(name, command, args, { cwd, env }) {
  const out = createWriteStream(path.join(logsDir, `${name}.log`), { flags: "a" })
  // Own process group, so stopping takes the app's children (next-server) with it.
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  const entry = { name, child, exited: false }
  child.on("exit", (code) => {
    entry.exited = true
    if (!stopping) abort(`${name} exited with code ${code}; see .data/logs/${name}.log`)
  })
  children.push(entry)
  return entry
}

async function healthy(entry, url) {
  const ok = await waitForHttp(url, { timeoutMs: 180_000, aborted: () => entry.exited })
  if (!ok && !stopping) await abort(`${entry.name} did not answer ${url} in time; see .data/logs/${entry.name}.log`)
  if (ok) log(`${entry.name} is up at ${url}`)
}

/** Like fail(), but stops what this run started first. */
async function abort(message) {
  if (stopping) return
  console.error(`[agora] error: ${message}`)
  await stop(1)
}

async function stop(code) {
  if (stopping) return
  stopping = true
  log("stopping...")
  stopRunning()
  await Promise.all(
    children.map(({ child, exited }) => (exited ? undefined : stopProcessGroup(child)))
  )
  if (postgres) await postgres.stop()
  process.exit(code)
}

/** The backend and cms databases: on DATABASE_URL's server if given, else on an embedded PostgreSQL. */
async function databases() {
  if (process.env.DATABASE_URL) {
    const backendUrl = new URL(process.env.DATABASE_URL)
    const cmsUrl = new URL(process.env.CMS_DATABASE_URL ?? backendUrl.href)
    if (!process.env.CMS_DATABASE_URL) cmsUrl.pathname = `${backendUrl.pathname}_cms`
    const admin = new URL(backendUrl.href)
    admin.pathname = "/postgres"
    for (const url of [backendUrl, cmsUrl]) await createDatabase(admin.href, url.pathname.slice(1))
    return { backend: backendUrl.href, cms: cmsUrl.href }
  }
  const since = Date.now()
  postgres = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), port: ports.postgres })
  await postgres.createDatabase("agora")
  await postgres.createDatabase("agora_cms")
  log(`embedded PostgreSQL on port ${ports.postgres} (${seconds(since)})`)
  return { backend: postgres.url("agora"), cms: postgres.url("agora_cms") }
}

/** Development secrets, generated once and kept under .data/ so sessions survive restarts. */
function devSecrets() {
  const file = path.join(dataDir, "secrets.json")
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const make = () => randomBytes(32).toString("hex")
  // Secrets added later are made for existing installs too; saved ones are kept.
  const secrets = { jwt: make(), cookie: make(), payload: make(), revalidate: make(), preview: make(), ...saved }
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

function seedMarks() {
  const file = path.join(dataDir, "seeded.json")
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
}

function markSeeded(database, details = {}) {
  const marks = { ...seedMarks(), [database]: { at: new Date().toISOString(), ...details } }
  writeFileSync(path.join(dataDir, "seeded.json"), JSON.stringify(marks, null, 2))
}

/** The committed CMS migrations (cms/src/migrations/<name>.ts) that Payload has not recorded as applied. */
async function cmsMigrationsMissing(databaseUrl) {
  const committed = readdirSync(path.join(root, "cms", "src", "migrations"))
    .filter((file) => file.endsWith(".ts") && file !== "index.ts")
    .map((file) => file.slice(0, -3))
  const applied = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query("SELECT to_regclass('payload_migrations') IS NOT NULL AS present")
    if (!rows[0].present) return new Set()
    return new Set((await client.query("SELECT name FROM payload_migrations WHERE batch > 0")).rows.map((row) => row.name))
  })
  return committed.filter((name) => !applied.has(name))
}

async function readPublishableKey(databaseUrl) {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Agora Storefront' AND deleted_at IS NULL AND revoked_at IS NULL LIMIT 1"
    )
  )
  if (!rows[0]) await abort("no publishable key 'Agora Storefront'; delete .data/seeded.json and run npm start to seed again")
  return rows[0].token
}

/** Two of the demo shoppers who post, like and follow (all 12 are in backend/src/scripts/seed/demo-social.json). */
function shopperLogins() {
  const { password, shoppers } = JSON.parse(readFileSync(path.join(root, "backend", "src", "scripts", "seed", "demo-social.json"), "utf8"))
  return `  Shoppers       ${shoppers.slice(0, 2).map((s) => `${s.email} (@${s.handle})`).join(", ")}, ... / ${password}`
}

/** The demo sellers' logins, one a line; the seed reads the same file (backend/src/scripts/seed/demo-sellers.json). */
function sellerLogins() {
  const { password, sellers } = JSON.parse(readFileSync(path.join(root, "backend", "src", "scripts", "seed", "demo-sellers.json"), "utf8"))
  const width = Math.max(...sellers.map((s) => s.email.length))
  return sellers
    .map((s, i) => {
      const label = i === 0 ? "Sellers" : ""
      const note = s.status === "approved" ? s.name : `${s.name} (pending approval)`
      return `  ${label.padEnd(15)}${s.email.padEnd(width)} / ${password}   ${note}`
    })
    .join("\n")
}

function redact(url) {
  const u = new URL(url)
  if (u.password) u.password = "***"
  return u.href
}
