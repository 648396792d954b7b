// `npm run bench:feed`: the feed benchmark (bench/README.md). Generates a social graph in its own database,
// runs the real backend on it and prints fan-out time, following-feed latency over HTTP and in SQL, each
// next to the naive pull (a join of follows and posts) that a profile without a timeline is served by.
import { spawn } from "node:child_process"
import { createHmac, randomBytes } from "node:crypto"
import { closeSync, existsSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import zlib from "node:zlib"
import pg from "pg"
import { bin, dataDir, ensureDir, isPortFree, root, stopProcessGroup, waitForHttp } from "../dev-stack/lib.mjs"
import { createDatabase, dropDatabase, startEmbeddedPostgres } from "../dev-stack/postgres.mjs"

const started = Date.now()
const benchDir = ensureDir(path.join(dataDir, "bench"))
const logsDir = ensureDir(path.join(benchDir, "logs"))
const backendDir = path.join(root, "backend")
const backendServer = path.join(backendDir, ".medusa", "server")
const DB_NAME = "agora_bench"

// ---------------------------------------------------------------------------------------------------------
// Options: flags, else BENCH_* environment variables, else defaults.

const { values: flags } = parseArgs({
  options: {
    profiles: { type: "string" },
    posts: { type: "string" },
    threshold: { type: "string" },
    "fanout-followers": { type: "string" },
    celebrities: { type: "string" },
    readers: { type: "string" },
    requests: { type: "string" },
    warmup: { type: "string" },
    "sql-requests": { type: "string" },
    fanouts: { type: "string" },
    "skip-build": { type: "boolean" },
    "without-redis": { type: "boolean" },
    keep: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  strict: true,
})
if (flags.help) {
  console.log(readFileSync(path.join(root, "bench", "README.md"), "utf8"))
  process.exit(0)
}
const option = (name, fallback) => {
  const raw = flags[name] ?? process.env[`BENCH_${name.toUpperCase().replaceAll("-", "_")}`]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) die(`--${name} must be a whole number (got ${raw})`)
  return value
}
const yes = (name) => flags[name] === true || ["1", "true"].includes(process.env[`BENCH_${name.toUpperCase().replaceAll("-", "_")}`] ?? "")

const P = {
  profiles: option("profiles", 10_000),
  posts: option("posts", 100_000),
  celebrities: option("celebrities", 3),
  readers: option("readers", 50),
  requests: option("requests", 400),
  warmup: option("warmup", 50),
  sqlRequests: option("sql-requests", 1_000),
  fanouts: option("fanouts", 3),
  keep: yes("keep"),
  skipBuild: yes("skip-build"),
  // As in production, the backend runs with Redis (event bus, workflow engine, locks, cache) when
  // redis-server is installed; --without-redis measures Medusa's in-process modules instead.
  redis: !yes("without-redis") && commandExists("redis-server"),
  // The backend's own settings (the same values go to the server and to the SQL that builds timelines).
  cap: Number(process.env.FEED_TIMELINE_CAP ?? 800),
  batch: Number(process.env.FEED_FANOUT_BATCH ?? 1_000),
  halfLife: Number(process.env.FEED_HALF_LIFE_HOURS ?? 12),
}
// The fanned-out author has 5,000 followers; authors with more than the threshold are merged at read time.
// The backend's default threshold (10,000) cannot be passed by anyone among 10,000 profiles, so the bench
// runs the server with a lower one that sits between the two.
P.fanoutFollowers = option("fanout-followers", Math.min(5_000, Math.floor(P.profiles / 2)))
P.threshold = option("threshold", Math.max(P.fanoutFollowers, Math.round(P.profiles * 0.6)))
// Regular profiles follow between 5 and 300 others (log-uniform: median about 40).
P.minFollowing = 5
P.maxFollowing = Math.min(300, P.profiles - 1)
const specials = P.celebrities + 1 // profiles 1..celebrities are celebrities, the next one is the fanned-out author
if (P.profiles < specials + 100) die("--profiles must be at least 100 more than --celebrities")
if (P.fanoutFollowers > P.threshold) die(`--fanout-followers (${P.fanoutFollowers}) must not exceed --threshold (${P.threshold}): that author would not be fanned out`)
if (P.fanoutFollowers > P.profiles - 1) die("--fanout-followers must be below --profiles")
if (P.celebrities && P.threshold + P.celebrities >= P.profiles) die(`--threshold (${P.threshold}) leaves no room for celebrities among ${P.profiles} profiles`)
if (P.posts < P.profiles) die("--posts must be at least --profiles")
if (!P.requests || !P.readers || !P.fanouts) die("--requests, --readers and --fanouts must be above 0")
// Celebrity follower counts: spread evenly between the threshold and everyone.
P.celebrityFollowers = Array.from({ length: P.celebrities }, (_, i) =>
  Math.round(P.threshold + ((P.profiles - 1 - P.threshold) * (P.celebrities - i)) / (P.celebrities + 1))
)

// ---------------------------------------------------------------------------------------------------------
// Process bookkeeping: everything started here is stopped (by pid) on exit, error and Ctrl-C.

const children = new Set()
const uploaded = []
let postgres
let adminUrl
let dbUrl
let pool
let stopping = false
const lockFile = path.join(benchDir, "lock")

process.on("SIGINT", () => shutdown(130, "interrupted"))
process.on("SIGTERM", () => shutdown(143, "terminated"))

function log(message) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`)
}

function die(message) {
  console.error(`[bench] error: ${message}`)
  process.exit(1)
}

async function shutdown(code, reason) {
  if (stopping) return
  stopping = true
  if (reason) console.error(`[bench] ${reason}; stopping what the bench started...`)
  for (const child of children) await stopProcessGroup(child)
  if (pool) await pool.end().catch(() => {})
  if (!P.keep) {
    for (const file of uploaded) rmSync(file, { force: true })
    if (adminUrl) {
      await withTimeout(dropDatabase(adminUrl, DB_NAME), 30_000).catch((e) =>
        console.error(`[bench] ${DB_NAME} was not dropped (${e.message}); the next run replaces it`)
      )
    }
  }
  if (postgres) await withTimeout(postgres.stop(), 20_000).catch(() => console.error("[bench] the embedded PostgreSQL did not stop in time"))
  rmSync(lockFile, { force: true })
  process.exit(code)
}

const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref())])

/** Runs a command to completion with its output in .data/bench/logs/<name>.log; on failure shows the log's end. */
async function runLogged(name, command, args, { cwd, env }) {
  const file = path.join(logsDir, `${name}.log`)
  const fd = openSync(file, "w")
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", fd, fd] })
  closeSync(fd)
  children.add(child)
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)))
  })
  children.delete(child)
  if (code !== 0 && !stopping) {
    const tail = readFileSync(file, "utf8").trimEnd().split("\n").slice(-25).join("\n")
    throw new Error(`${name} failed (exit ${code}); the end of ${path.relative(root, file)}:\n${tail}`)
  }
}

async function phase(title, action) {
  const since = Date.now()
  log(`${title}...`)
  const result = await action()
  log(`${title}: done in ${((Date.now() - since) / 1000).toFixed(1)}s`)
  return result
}

function commandExists(name) {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => existsSync(path.join(dir, name)))
}

/** Starts a throwaway redis-server on 127.0.0.1 (no persistence) and answers its URL. */
async function startRedis() {
  const port = await freePort(6390)
  const fd = openSync(path.join(logsDir, "redis.log"), "w")
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    detached: true,
    stdio: ["ignore", fd, fd],
  })
  closeSync(fd)
  children.add(child)
  for (let i = 0; i < 100 && (await isPortFree(port)); i++) await sleep(100)
  if (await isPortFree(port)) throw new Error("redis-server did not start; see .data/bench/logs/redis.log")
  return `redis://127.0.0.1:${port}`
}

async function freePort(from) {
  for (let port = from; port < from + 100; port++) if (await isPortFree(port)) return port
  throw new Error(`no free port in ${from}..${from + 99}`)
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"))
    let alive = false
    try {
      process.kill(pid, 0)
      alive = true
    } catch {
      // stale lock
    }
    if (alive) die(`another bench run (pid ${pid}) is using ${path.relative(root, benchDir)}; wait for it or stop it`)
  }
  writeFileSync(lockFile, String(process.pid))

  const cpus = os.cpus()
  console.log(`Agora feed benchmark, ${new Date().toISOString()}`)
  console.log(`Machine: ${cpus.length} CPUs (${cpus[0]?.model?.trim() ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`)
  console.log(
    `Parameters: ${P.profiles} profiles, ${P.posts} posts over 14 days, following ${P.minFollowing}-${P.maxFollowing} (log-uniform) + celebrities, ` +
      `followee popularity Zipf(0.5); ${P.celebrities} celebrities with ${P.celebrityFollowers.join(", ")} followers (> threshold ${P.threshold}, merged at read time); ` +
      `fanned-out author with ${P.fanoutFollowers} followers; timeline cap ${P.cap}, fan-out batch ${P.batch}; ${P.readers} readers; ` +
      `${P.requests} requests per HTTP run after ${P.warmup} warm-up, ${P.sqlRequests} per SQL run; ${P.fanouts} fan-outs`
  )

  // Database: own database on DATABASE_URL's server, else an embedded PostgreSQL under .data/bench.
  await phase("database", async () => {
    if (process.env.DATABASE_URL) {
      const url = new URL(process.env.DATABASE_URL)
      url.pathname = "/postgres"
      adminUrl = url.href
      url.pathname = `/${DB_NAME}`
      dbUrl = url.href
      log(`using the server of DATABASE_URL (${url.host}), database ${DB_NAME}`)
    } else {
      const port = await freePort(5434)
      postgres = await startEmbeddedPostgres({ dir: path.join(benchDir, "postgres"), port })
      adminUrl = postgres.url("postgres")
      dbUrl = postgres.url(DB_NAME)
      log(`embedded PostgreSQL on port ${port} (data in ${path.relative(root, path.join(benchDir, "postgres"))})`)
    }
    await dropDatabase(adminUrl, DB_NAME)
    await createDatabase(adminUrl, DB_NAME)
  })

  const backendPort = await freePort(9000)
  const backendUrl = `http://localhost:${backendPort}`
  const jwtSecret = randomBytes(32).toString("hex")
  const env = { ...process.env, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true", TURBO_TELEMETRY_DISABLED: "1" }
  const backendEnv = {
    ...env,
    DATABASE_URL: dbUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: backendUrl,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: backendUrl,
    JWT_SECRET: jwtSecret,
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    FEED_FANOUT_THRESHOLD: String(P.threshold),
    FEED_TIMELINE_CAP: String(P.cap),
    FEED_FANOUT_BATCH: String(P.batch),
    FEED_HALF_LIFE_HOURS: String(P.halfLife),
  }
  if (P.redis) backendEnv.REDIS_URL = await phase("redis-server", () => startRedis())

  if (P.skipBuild) log("--skip-build: using the existing backend build")
  else await phase("build the backend (turbo caches an unchanged build)", () => runLogged("build", bin("turbo"), ["run", "build", "--filter=@agora/backend"], { cwd: root, env }))
  if (!existsSync(path.join(backendServer, "medusa-config.js"))) throw new Error("backend/.medusa/server is missing; run `npm run build` and read its errors")
  // Uploads live in backend/static, outside the build folder that each build replaces (as npm start does).
  ensureDir(path.join(backendDir, "static"))
  if (!existsSync(path.join(backendServer, "static"))) symlinkSync("../../static", path.join(backendServer, "static"))

  await phase("backend migrations", () => runLogged("migrate", bin("medusa", "backend"), ["db:migrate"], { cwd: backendDir, env: backendEnv }))
  // The store part of the demo seed (region, sales channel, publishable key); no demo users, products or posts.
  const seedScript = path.join(benchDir, "seed-store.js")
  writeFileSync(
    seedScript,
    `const path = require("node:path")
exports.default = async function seedBenchStore({ container }) {
  const { seedStore } = require(path.join(process.cwd(), "src", "scripts", "seed", "store.js"))
  await seedStore(container, (message) => console.log("store seed: " + message))
}
`
  )
  await phase("store seed (region, sales channel, publishable key)", () =>
    runLogged("seed", bin("medusa", "backend"), ["exec", seedScript], { cwd: backendServer, env: backendEnv })
  )

  pool = new pg.Pool({ connectionString: dbUrl, max: 24 })
  pool.on("error", () => {}) // an idle client losing its connection (the server stopping) is not a failure
  const [{ token: publishableKey }] = await q(
    "select token from api_key where type = 'publishable' and title = 'Agora Storefront' and deleted_at is null and revoked_at is null limit 1"
  )
  const pgVersion = (await q("show server_version"))[0].server_version
  log(`PostgreSQL ${pgVersion}`)

  const data = await phase("generate the data set (bulk SQL)", () => generate())

  // The backend: only the Medusa server, from the build, as npm start runs it.
  await phase(`start the backend on port ${backendPort}`, async () => {
    const file = path.join(logsDir, "backend.log")
    const fd = openSync(file, "w")
    const child = spawn(bin("medusa", "backend"), ["start", "--port", String(backendPort)], {
      cwd: backendServer,
      env: backendEnv,
      detached: true,
      stdio: ["ignore", fd, fd],
    })
    closeSync(fd)
    children.add(child)
    child.on("exit", (code) => {
      if (!stopping) {
        console.error(`[bench] error: the backend exited (code ${code}); see ${path.relative(root, file)}`)
        shutdown(1)
      }
    })
    const ok = await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000, aborted: () => child.exitCode !== null })
    if (!ok) throw new Error(`the backend did not answer ${backendUrl}/health; see ${path.relative(root, file)}`)
  })

  const api = client(backendUrl, publishableKey)
  const token = (customerId) =>
    jwt(
      {
        actor_id: customerId,
        actor_type: "customer",
        auth_identity_id: `authid_bench_${customerId}`,
        app_metadata: { customer_id: customerId },
        user_metadata: {},
        mfa_enabled: false,
        mfa_challenge_completed_at: null,
      },
      jwtSecret
    )
  const readerTokens = data.readers.map((r) => token(r.customer_id))

  // Sanity: the signed tokens are accepted and the following feed answers for a reader.
  {
    const res = await api.get("/store/feed?type=following&limit=20", readerTokens[0])
    if (res.status !== 200) throw new Error(`GET /store/feed?type=following answered ${res.status}: ${res.body.slice(0, 300)}`)
    const unauth = await api.get("/store/feed?type=following&limit=20")
    if (unauth.status !== 401) throw new Error(`an anonymous following feed answered ${unauth.status}, expected 401`)
  }

  // 1. Fan-out.
  const fanouts = []
  for (let i = 1; i <= P.fanouts; i++) {
    fanouts.push(await phase(`fan-out ${i} of ${P.fanouts} (a post by the author with ${data.author.followers} followers)`, () => fanOut(api, token(data.author.customer_id), data.author, i)))
    await sleep(1_000)
  }

  // 2. Following feed over HTTP, served from timelines.
  const feedPath = "/store/feed?type=following&limit=20"
  // A reader's page always has posts (everyone follows someone who posted); an empty one is a failure.
  const readFeed = async (i) => {
    const res = await api.get(feedPath, readerTokens[i % readerTokens.length])
    res.check = () => res.body.startsWith('{"posts":[{')
    return res
  }
  const firstPages = async () => Promise.all(readerTokens.map(async (t) => pageIds(await api.get(feedPath, t))))
  const timelinePages = await firstPages()
  const httpTimeline = {}
  for (const c of [1, 20]) httpTimeline[c] = await phase(`following feed over HTTP from timelines, concurrency ${c}`, () => load(readFeed, c, P.requests, P.warmup))

  // 3. The same requests served by the naive pull: the readers' timelines are removed, then rebuilt.
  const readerIds = data.readers.map((r) => r.profile_id)
  await phase("remove the readers' timelines (the route then serves them by the pull query)", async () => {
    await q("delete from timeline_entry where profile_id = any($1)", [readerIds])
    await q("delete from timeline where id = any($1)", [readerIds])
  })
  const pullPages = await firstPages()
  const httpPull = {}
  for (const c of [1, 20]) httpPull[c] = await phase(`following feed over HTTP by the naive pull, concurrency ${c}`, () => load(readFeed, c, P.requests, P.warmup))
  await phase("rebuild the readers' timelines", () => buildTimelines(readerIds))
  const samePages = timelinePages.filter((ids, i) => ids.join() === pullPages[i].join()).length

  // 4. Id selection alone, in SQL (no HTTP, no hydration), with a pool as the backend has.
  const sqlTimeline = {}
  const sqlPull = {}
  let sqlSame = 0
  for (const r of data.readers) {
    const a = await timelineIds(r.profile_id)
    const b = await pullIds(r.profile_id)
    if (a.join() === b.join()) sqlSame++
  }
  for (const c of [1, 20]) {
    sqlTimeline[c] = await phase(`id selection in SQL from timelines, concurrency ${c}`, () =>
      load((i) => timelineIds(readerIds[i % readerIds.length]), c, P.sqlRequests, P.warmup)
    )
    sqlPull[c] = await phase(`id selection in SQL by the naive pull, concurrency ${c}`, () =>
      load((i) => pullIds(readerIds[i % readerIds.length]), c, P.sqlRequests, P.warmup)
    )
  }

  // 5. The framework's own cost of a store request.
  const floor = {}
  for (const c of [1, 20]) floor[c] = await phase(`framework floor: GET /store/regions?fields=id, concurrency ${c}`, () => load(() => api.get("/store/regions?fields=id"), c, P.requests, P.warmup))
  const health = {}
  for (const c of [1, 20]) health[c] = await phase(`framework floor: GET /health, concurrency ${c}`, () => load(() => api.get("/health"), c, P.requests, P.warmup))

  report({ data, fanouts, httpTimeline, httpPull, sqlTimeline, sqlPull, floor, health, samePages, sqlSame, pgVersion })
}

// ---------------------------------------------------------------------------------------------------------
// Data set. Everything the app would have written, written by bulk SQL: customers with their profiles (and
// the profile-customer link), posts with an image and hashtags, follows, the counters, the feed's copy of
// each post and every profile's timeline as a rebuild (rebuild-feeds) leaves it.

const rid = (prefix) => `'${prefix}_' || upper(substr(md5(random()::text || clock_timestamp()::text), 1, 26))`

async function q(sql, params = []) {
  return (await pool.query(sql, params)).rows
}

async function generate() {
  const client = await pool.connect()
  const run = (sql, params) => client.query(sql, params)
  const step = async (title, sql, params) => {
    const since = Date.now()
    const result = await run(sql, params)
    log(`  ${title}: ${result.rowCount ?? 0} rows (${((Date.now() - since) / 1000).toFixed(1)}s)`)
    return result
  }
  try {
    await run("set synchronous_commit = off")
    await run("set maintenance_work_mem = '256MB'")
    await run("set work_mem = '64MB'")
    await run("select setseed(0.4242)")

    const N = P.profiles
    const R = N - specials // regular profiles, ranked by popularity (rank r is profile specials + r)
    await step(
      "profiles (plan)",
      `create unlogged table bench_profile as
       select n, ${rid("prof")} as id, ${rid("cus")} as customer_id,
         floor(exp(ln(${P.minFollowing}) + random() * ln(${P.maxFollowing + 1} / ${P.minFollowing}::float8)))::int as out_degree
       from generate_series(1, ${N}) n`
    )
    await run("alter table bench_profile add primary key (n)")
    await run("create index on bench_profile (id)")

    // Celebrities and the fanned-out author get exactly their follower counts from random profiles; every
    // profile also follows its own number of regular profiles, picked with probability ~ rank^-0.5.
    const exact = [...P.celebrityFollowers.map((k, i) => [i + 1, k]), [P.celebrities + 1, P.fanoutFollowers]]
    await step(
      "follow graph (plan)",
      `create unlogged table bench_follow as
       select distinct follower, followed from (
         select f.n as follower, s.n as followed
         from (select (x->>0)::int as n, (x->>1)::int as k from jsonb_array_elements($1::jsonb) x) s
         cross join lateral (select n from bench_profile where n <> s.n order by random() limit s.k) f
         union all
         select b.n, ${specials} + least(${R}, floor(power((sqrt(${R}) - 1) * random() + 1, 2))::int)
         from bench_profile b cross join lateral generate_series(1, b.out_degree) g
       ) e where follower <> followed`,
      [JSON.stringify(exact)]
    )
    await step(
      "posts (plan)",
      `create unlogged table bench_post as
       select g, ${rid("post")} as id, 1 + floor(random() * ${N})::int as author,
         date_trunc('milliseconds', now() - random() * interval '14 days') as ts,
         case when random() < 0.3 then 1 + floor(power(random(), 2) * 200)::int end as tag1,
         case when random() < 0.1 then 1 + floor(random() * 200)::int end as tag2
       from generate_series(1, ${P.posts}) g`
    )

    await withoutIndexes(client, ["customer", "profile", "social_profile_customer_customer", "post", "post_image", "hashtag", "post_hashtag", "follow", "feed_post"], async () => {
      await step(
        "customers",
        `insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
         select customer_id, 'bench-' || n || '@agora.bench', 'Bench', 'Shopper ' || n, true, now() - interval '400 days', now() - interval '400 days' from bench_profile`
      )
      await step(
        "profiles",
        `insert into profile (id, handle, display_name, kind, posts_count, followers_count, following_count, created_at, updated_at)
         select b.id, 'bench_' || lpad(b.n::text, 6, '0'), 'Bench Shopper ' || b.n, 'customer',
           coalesce(ps.c, 0), coalesce(fr.c, 0), coalesce(fg.c, 0), now() - interval '400 days', now() - interval '400 days'
         from bench_profile b
         left join (select author, count(*) c from bench_post group by author) ps on ps.author = b.n
         left join (select followed, count(*) c from bench_follow group by followed) fr on fr.followed = b.n
         left join (select follower, count(*) c from bench_follow group by follower) fg on fg.follower = b.n`
      )
      await step(
        "profile-customer links",
        `insert into social_profile_customer_customer (id, profile_id, customer_id) select ${rid("link")}, id, customer_id from bench_profile`
      )
      await step(
        "posts",
        `insert into post (id, caption, status, profile_id, created_at, updated_at)
         select p.id, 'Bench post ' || p.g || coalesce(' #bench' || p.tag1, '') || coalesce(' #bench' || p.tag2, ''), 'published', b.id, p.ts, p.ts
         from bench_post p join bench_profile b on b.n = p.author`
      )
      await step(
        "post images",
        `insert into post_image (id, url, rank, post_id, created_at, updated_at)
         select ${rid("pimg")}, 'http://localhost/static/bench-' || (g % 100) || '.png', 0, id, ts, ts from bench_post`
      )
      await step("hashtags", `insert into hashtag (id, tag) select ${rid("htag")}, 'bench' || k from generate_series(1, 200) k`)
      await step(
        "post hashtags",
        `insert into post_hashtag (post_id, hashtag_id)
         select distinct p.id, h.id from bench_post p cross join lateral (values (p.tag1), (p.tag2)) t(k) join hashtag h on h.tag = 'bench' || t.k`
      )
      await step(
        "follows",
        `insert into follow (id, follower_id, followed_id, created_at, updated_at)
         select ${rid("fol")}, a.id, b.id, ts, ts from (
           select follower, followed, now() - interval '15 days' - random() * interval '365 days' as ts from bench_follow
         ) e join bench_profile a on a.n = e.follower join bench_profile b on b.n = e.followed`
      )
      // The feed's copy of each post, as indexPosts writes it; the score is the half-life provider's
      // log2(1 + engagement) + posted_at / half-life (in hours, from epoch milliseconds).
      await step(
        "feed posts",
        `insert into feed_post (id, author_id, posted_at, topics, product_ids, likes, comments, score)
         select p.id, p.profile_id, p.created_at,
           coalesce((select array_agg('#' || h.tag order by h.tag) from post_hashtag ph join hashtag h on h.id = ph.hashtag_id where ph.post_id = p.id), '{}'),
           '{}', 0, 0, floor(extract(epoch from p.created_at) * 1000) / 3600000.0 / ${P.halfLife}
         from post p`
      )
    })
    await run("drop table bench_follow, bench_post")
    // As autovacuum would: statistics for the planner, and visibility maps for index-only scans.
    const vacuum = async (tables) => {
      const since = Date.now()
      await run(`vacuum (analyze) ${tables.join(", ")}`)
      log(`  vacuum and analyze ${tables.join(", ")} (${((Date.now() - since) / 1000).toFixed(1)}s)`)
    }
    await vacuum(["customer", "profile", "social_profile_customer_customer", "post", "post_image", "hashtag", "post_hashtag", "follow", "feed_post", "bench_profile"])
    await withoutIndexes(client, ["timeline_entry", "timeline"], () => buildTimelines(null, client))
    await vacuum(["timeline", "timeline_entry"])
  } finally {
    client.release()
  }

  // What was generated, and who reads and posts in the measurements.
  const [counts] = await q(
    `select (select count(*) from profile)::int as profiles, (select count(*) from post)::int as posts, (select count(*) from follow)::int as follows,
       (select count(*) from timeline_entry)::int as entries, (select count(*) from post_hashtag)::int as hashtags,
       (select percentile_disc(0.5) within group (order by following_count) from profile)::int as following_median,
       (select percentile_disc(0.5) within group (order by followers_count) from profile)::int as followers_median,
       (select percentile_disc(0.99) within group (order by followers_count) from profile)::int as followers_p99,
       (select max(p.followers_count) from profile p join bench_profile b on b.id = p.id and b.n > $1)::int as followers_max_regular,
       (select percentile_disc(0.5) within group (order by size) from timeline)::int as timeline_median,
       (select count(*) from timeline where size >= $2)::int as timelines_full`,
    [specials, P.cap]
  )
  const celebrities = await q(
    `select p.id, p.handle, p.followers_count as followers from profile p join bench_profile b on b.id = p.id where b.n <= $1 order by b.n`,
    [P.celebrities]
  )
  const [author] = await q(
    `select p.id as profile_id, b.customer_id, p.handle, p.followers_count as followers from profile p join bench_profile b on b.id = p.id where b.n = $1`,
    [specials]
  )
  if (author.followers !== P.fanoutFollowers) throw new Error(`the fanned-out author has ${author.followers} followers, expected ${P.fanoutFollowers}`)
  // Readers: regular profiles following between the median and the 95th percentile of followees.
  const readers = await q(
    `with regular as (select p.id, b.customer_id, p.following_count from profile p join bench_profile b on b.id = p.id where b.n > $1),
       bounds as (select percentile_disc(0.5) within group (order by following_count) lo, percentile_disc(0.95) within group (order by following_count) hi from regular)
     select r.id as profile_id, r.customer_id, r.following_count as following,
       (select count(*) from follow f join profile c on c.id = f.followed_id and c.followers_count > $3 where f.follower_id = r.id)::int as celebrities,
       (select size from timeline t where t.id = r.id) as timeline
     from regular r, bounds where r.following_count between bounds.lo and bounds.hi order by md5(r.id) limit $2`,
    [specials, P.readers, P.threshold]
  )
  if (readers.length < P.readers) throw new Error(`only ${readers.length} readers found`)
  return { counts, celebrities, author, readers }
}

/**
 * Builds timelines as the rebuild-feeds workflow does (FeedModuleService.backfill with replace): each
 * profile gets the newest cap/2 posts of itself and of each author it follows that has at most the
 * threshold of followers, then keeps the newest `cap`. `profileIds` null: every profile.
 */
async function buildTimelines(profileIds, client = pool) {
  const only = (column) => (profileIds ? ` and ${column} = any($1)` : "")
  const params = profileIds ? [profileIds] : []
  const since = Date.now()
  const entries = await client.query(
    `insert into timeline_entry (id, profile_id, post_id, author_id, posted_at)
     select ${rid("tle")}, profile_id, post_id, author_id, posted_at from (
       select a.profile_id, p.id as post_id, p.author_id, p.posted_at,
         row_number() over (partition by a.profile_id order by p.posted_at desc, p.id desc) as rn
       from (
         select id as profile_id, id as author_id from profile where deleted_at is null${only("id")}
         union all
         select f.follower_id, f.followed_id from follow f join profile pr on pr.id = f.followed_id and pr.followers_count <= ${P.threshold}
         where f.deleted_at is null${only("f.follower_id")}
       ) a
       cross join lateral (
         select id, author_id, posted_at from feed_post where author_id = a.author_id and deleted_at is null order by posted_at desc, id desc limit ${Math.ceil(P.cap / 2)}
       ) p
     ) x where rn <= ${P.cap} order by profile_id`,
    params
  )
  const timelines = await client.query(
    `insert into timeline (id, size)
     select p.id, coalesce(e.n, 0) from profile p
     left join (select profile_id, count(*) as n from timeline_entry where deleted_at is null${only("profile_id")} group by profile_id) e on e.profile_id = p.id
     where p.deleted_at is null${only("p.id")}
     on conflict (id) do update set size = excluded.size, updated_at = now()`,
    params
  )
  log(`  timelines: ${timelines.rowCount} with ${entries.rowCount} entries (${((Date.now() - since) / 1000).toFixed(1)}s)`)
}

/** Drops a table's secondary indexes for a bulk load and creates them again (exactly as they were) after it. */
async function withoutIndexes(client, tables, load) {
  const { rows } = await client.query(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
     where i.indrelid = any($1::regclass[]) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [tables]
  )
  for (const { name } of rows) await client.query(`drop index ${name}`)
  await load()
  const since = Date.now()
  for (const { def } of rows) await client.query(def)
  log(`  ${rows.length} indexes of ${tables.join(", ")} created again (${((Date.now() - since) / 1000).toFixed(1)}s)`)
}

// ---------------------------------------------------------------------------------------------------------
// The queries the backend runs to pick a page of the following feed, with pg's $n placeholders.

const exactTime = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

/** The timeline path: SocialModuleService.followedIds(profile, threshold), then FeedModuleService.pageFollowing. */
async function timelineIds(profileId, limit = 20) {
  const merged = (
    await pool.query(
      `select f.followed_id from follow f join profile p on p.id = f.followed_id and p.followers_count > $1
       where f.follower_id = $2 and f.deleted_at is null`,
      [P.threshold, profileId]
    )
  ).rows.map((r) => r.followed_id)
  const union = merged.length
    ? ` union (select p.id, p.posted_at from jsonb_array_elements_text($3::jsonb) as a(author_id) cross join lateral (
          select id, posted_at from feed_post where author_id = a.author_id and deleted_at is null
          order by posted_at desc, id desc limit $2) p)`
    : ""
  const { rows } = await pool.query(
    `select id, ${exactTime("posted_at")} as t from (
       (select post_id as id, posted_at from timeline_entry where profile_id = $1 and deleted_at is null order by posted_at desc, post_id desc limit $2)
       ${union}
     ) x order by posted_at desc, id desc limit $2`,
    merged.length ? [profileId, limit + 1, JSON.stringify(merged)] : [profileId, limit + 1]
  )
  return rows.slice(0, limit).map((r) => r.id)
}

/** The naive pull: SocialModuleService.pagePosts({ followed_by }), a join of follows and posts. */
async function pullIds(profileId, limit = 20) {
  const { rows } = await pool.query(
    `select x.id, ${exactTime("x.created_at")} as t from post x
     where (x.profile_id = $1 or x.profile_id in (select f.followed_id from follow f where f.follower_id = $1 and f.deleted_at is null))
       and x.status = 'published' and x.deleted_at is null
     order by x.created_at desc, x.id desc limit $2`,
    [profileId, limit + 1]
  )
  return rows.slice(0, limit).map((r) => r.id)
}

// ---------------------------------------------------------------------------------------------------------
// Fan-out: a post over HTTP by the author, then the database is polled until every follower has it.

async function fanOut(api, authorToken, author, i) {
  const form = new FormData()
  form.append("files", new Blob([png(16, 16, i)], { type: "image/png" }), `bench-${i}.png`)
  const upload = await api.fetch("/store/uploads", { method: "POST", body: form, token: authorToken })
  if (upload.status !== 201) throw new Error(`POST /store/uploads answered ${upload.status}: ${upload.body.slice(0, 300)}`)
  const file = JSON.parse(upload.body).files[0]
  const name = path.basename(new URL(file.url).pathname)
  uploaded.push(path.join(backendDir, "static", name))

  const sent = performance.now()
  const created = await api.fetch("/store/posts", {
    method: "POST",
    token: authorToken,
    json: { caption: `Bench fan-out ${i} #benchfanout`, images: [{ file_id: file.id }] },
  })
  const answered = performance.now()
  if (created.status !== 201) throw new Error(`POST /store/posts answered ${created.status}: ${created.body.slice(0, 300)}`)
  const postId = JSON.parse(created.body).post.id

  const expected = author.followers + 1 // every follower, and the author's own timeline
  let delivered = 0
  for (;;) {
    const [row] = await q("select count(*)::int as n from timeline_entry where post_id = $1 and deleted_at is null", [postId])
    delivered = row.n
    if (delivered >= expected) break
    if (performance.now() - answered > 120_000) throw new Error(`fan-out of ${postId}: ${delivered} of ${expected} entries after 120 s`)
    await sleep(20)
  }
  const done = performance.now()
  const [db] = await q(
    `select extract(epoch from (select max(created_at) from timeline_entry where post_id = $1) - p.created_at) * 1000 as ms,
       (select count(*) from fan_out where id = $1)::int as pending
     from post p where p.id = $1`,
    [postId]
  )
  if (delivered !== expected) throw new Error(`fan-out of ${postId}: ${delivered} entries, expected ${expected}`)
  return { postId, post: answered - sent, delivered: done - answered, total: done - sent, dbLastBatch: Number(db.ms), pending: db.pending }
}

// ---------------------------------------------------------------------------------------------------------
// Load: `concurrency` workers send requests back to back; latency per request, throughput over the run.

async function load(request, concurrency, count, warmup) {
  const runOnce = async (n, record) => {
    let next = 0
    const latencies = []
    const worker = async () => {
      for (;;) {
        const i = next++
        if (i >= n) return
        const t = performance.now()
        const res = await request(i)
        const ms = performance.now() - t
        if (Array.isArray(res)) {
          if (!res.length) throw new Error("an empty page of ids")
        } else if (res.status !== 200) {
          throw new Error(`request ${i} answered ${res.status}: ${res.body.slice(0, 300)}`)
        } else if (res.check && !res.check()) {
          throw new Error(`request ${i} answered an empty page`)
        }
        if (record) latencies.push(ms)
      }
    }
    const t0 = performance.now()
    await Promise.all(Array.from({ length: concurrency }, worker))
    return { latencies, seconds: (performance.now() - t0) / 1000 }
  }
  await runOnce(warmup, false)
  const since = new Date()
  const { latencies, seconds } = await runOnce(count, true)
  // The refresh-trending job (every 15 minutes) rescores every recent post; say so when it overlapped.
  const [{ n: rescored }] = await q("select count(*)::int as n from feed_post where updated_at >= $1", [since])
  latencies.sort((a, b) => a - b)
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]
  const result = { n: count, concurrency, p50: at(50), p95: at(95), p99: at(99), max: latencies[latencies.length - 1], rps: count / seconds, job: rescored > 100 }
  log(`  p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, p99 ${ms(result.p99)} ms, ${result.rps.toFixed(0)} req/s${result.job ? " (the refresh-trending job ran meanwhile)" : ""}`)
  return result
}

/** A small HTTP client on keep-alive connections (one per concurrent request), as a browser or a BFF would use. */
function client(base, publishableKey) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const target = new URL(base)
  const get = (pathname, token) =>
    new Promise((resolve, reject) => {
      const headers = { "x-publishable-api-key": publishableKey, accept: "application/json" }
      if (token) headers.authorization = `Bearer ${token}`
      const req = http.request({ host: target.hostname, port: target.port, path: pathname, method: "GET", headers, agent }, (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("utf8") }))
        res.on("error", reject)
      })
      req.on("error", reject)
      req.end()
    })
  const fetchJson = async (pathname, { method, token, json, body }) => {
    const headers = { "x-publishable-api-key": publishableKey }
    if (token) headers.authorization = `Bearer ${token}`
    if (json) headers["content-type"] = "application/json"
    const res = await fetch(new URL(pathname, base), { method, headers, body: json ? JSON.stringify(json) : body })
    return { status: res.status, body: await res.text() }
  }
  return { get, fetch: fetchJson }
}

function pageIds(res) {
  if (res.status !== 200) throw new Error(`GET /store/feed answered ${res.status}: ${res.body.slice(0, 300)}`)
  return JSON.parse(res.body).posts.map((p) => p.id)
}

/** An HS256 JWT as Medusa issues to a signed-in customer (POST /auth/customer/emailpass), signed with the server's JWT_SECRET. */
function jwt(payload, secret) {
  const now = Math.floor(Date.now() / 1000)
  const part = (o) => Buffer.from(JSON.stringify(o)).toString("base64url")
  const body = `${part({ alg: "HS256", typ: "JWT" })}.${part({ ...payload, iat: now, exp: now + 86_400 })}`
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`
}

/** A real PNG (RGB, a gradient seeded by `seed`). */
function png(width, height, seed) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, "latin1"), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(td))
    return Buffer.concat([len, td, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const rows = []
  for (let y = 0; y < height; y++) {
    rows.push(0) // filter: none
    for (let x = 0; x < width; x++) rows.push((x * 16 + seed * 40) & 255, (y * 16) & 255, (seed * 90) & 255)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2))

// ---------------------------------------------------------------------------------------------------------

function report({ data, fanouts, httpTimeline, httpPull, sqlTimeline, sqlPull, floor, health, samePages, sqlSame, pgVersion }) {
  const { counts, celebrities, author, readers } = data
  const following = readers.map((r) => r.following).sort((a, b) => a - b)
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  }
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
  const out = []
  const line = (s = "") => out.push(s)
  const pad = (s, n) => String(s).padStart(n)

  line()
  line("=".repeat(100))
  line("Agora feed benchmark")
  line("=".repeat(100))
  line(`Machine   ${os.cpus().length} CPUs (${os.cpus()[0]?.model?.trim()}), Node ${process.version}, PostgreSQL ${pgVersion}${process.env.DATABASE_URL ? " (DATABASE_URL)" : " (embedded)"}; backend, database and load generator on this machine`)
  line(`Backend   production mode, ${P.redis ? "with Redis (event bus, workflow engine, locks, cache) as in production" : "without Redis (Medusa's in-process modules)"}`)
  line(`Data      ${counts.profiles} profiles, ${counts.posts} posts (14 days, ${counts.hashtags} hashtag uses), ${counts.follows} follows, ${counts.entries} timeline entries`)
  line(`          following: median ${counts.following_median}; followers: median ${counts.followers_median}, p99 ${counts.followers_p99}, max of regular profiles ${counts.followers_max_regular}`)
  line(`          celebrities (over the threshold ${P.threshold}, merged at read time): ${celebrities.map((c) => `@${c.handle} ${c.followers}`).join(", ")}`)
  line(`          timelines: cap ${P.cap}, median size ${counts.timeline_median}, ${counts.timelines_full} at the cap`)
  line(
    `Readers   ${readers.length} profiles following ${following[0]}-${following[following.length - 1]} (median ${median(following)}), ` +
      `${avg(readers.map((r) => r.celebrities)).toFixed(1)} celebrities each on average, timelines of ${Math.min(...readers.map((r) => r.timeline))}-${Math.max(...readers.map((r) => r.timeline))} entries`
  )
  line()

  line(`1. Fan-out: ${fanouts.length} posts by @${author.handle} (${author.followers} followers, batches of ${P.batch}) over HTTP; ms`)
  line("   a  POST /store/posts answered (201)")
  line(`   b  from the 201 until all ${author.followers + 1} timelines (followers and the author) have the post, polled every 20 ms`)
  line("   c  from sending the request until then (a + b)")
  line("   d  in the database: the post row's created_at to the start of the last batch's transaction")
  line("   run        a        b        c        d")
  const fanRow = (label, f) => line(`   ${label.padEnd(6)} ${[f.post, f.delivered, f.total, f.dbLastBatch].map((v) => pad(ms(v), 8)).join(" ")}`)
  fanouts.forEach((f, i) => fanRow(String(i + 1), f))
  fanRow("median", { post: median(fanouts.map((f) => f.post)), delivered: median(fanouts.map((f) => f.delivered)), total: median(fanouts.map((f) => f.total)), dbLastBatch: median(fanouts.map((f) => f.dbLastBatch)) })
  line()

  const row = (r) => `${pad(ms(r.p50), 6)} ${pad(ms(r.p95), 6)} ${pad(ms(r.p99), 6)} ${pad(r.rps.toFixed(0), 6)}${r.job ? "*" : " "}`
  const ratio = (x, y) => ["p50", "p95", "p99"].map((k) => pad((y[k] / x[k]).toFixed(1) + "x", 6)).join(" ")
  const table = (a, b, aName, bName) => {
    line(`                 ${aName.padEnd(30)}  ${bName.padEnd(30)}  pull / timeline`)
    line(`   concurrency    p50    p95    p99  req/s     p50    p95    p99  req/s     p50    p95    p99`)
    for (const c of [1, 20]) line(`   ${pad(c, 11)} ${row(a[c])}  ${row(b[c])}  ${ratio(a[c], b[c])}`)
  }
  line(`2. Following feed over HTTP: GET /store/feed?type=following&limit=20, ${P.requests} requests per row after ${P.warmup} warm-up, the readers in turn; ms`)
  line("   timeline: the route's normal path (timeline entries merged with the celebrities' newest posts), then hydration")
  line("   naive pull: the same readers with their timeline rows removed (the route then runs the join of follows and posts)")
  table(httpTimeline, httpPull, "TIMELINE", "NAIVE PULL")
  line(`   first pages identical in both modes for ${samePages} of ${readers.length} readers`)
  line()
  line(`3. Picking the page's ids only, in SQL (no HTTP, no hydration), a pg pool, ${P.sqlRequests} queries per row; ms`)
  line("   timeline: followedIds(reader, threshold) then pageFollowing (the union with the celebrities), two round trips")
  line("   naive pull: pagePosts({ followed_by }), one query")
  table(sqlTimeline, sqlPull, "TIMELINE", "NAIVE PULL")
  line(`   the same 20 ids from both for ${sqlSame} of ${readers.length} readers`)
  line()
  line(`4. Framework floor: the cheapest store request, GET /store/regions?fields=id (publishable key, no auth), and`)
  line(`   GET /health (Medusa's health check, no database), ${P.requests} requests per row; ms`)
  line(`   concurrency    p50    p95    p99  req/s`)
  for (const c of [1, 20]) line(`   ${pad(c, 11)} ${row(floor[c])}   /store/regions`)
  for (const c of [1, 20]) line(`   ${pad(c, 11)} ${row(health[c])}   /health`)
  if ([httpTimeline, httpPull, sqlTimeline, sqlPull, floor].some((m) => m[1].job || m[20].job)) {
    line("   * the refresh-trending job (every 15 minutes) rescored the recent posts during this row")
  }
  line()

  const t20 = httpTimeline[20]
  const p20 = httpPull[20]
  const fan = median(fanouts.map((f) => f.delivered))
  const mark = (ok) => (ok ? "met    " : "NOT MET")
  line("Targets")
  line(`   ${mark(t20.p95 < 50)}  following feed p95 at concurrency 20 under 50 ms: ${ms(t20.p95)} ms`)
  line(`   ${mark(p20.p95 / t20.p95 >= 10)}  >= 10x faster than the naive pull over HTTP (p95, concurrency 20): ${(p20.p95 / t20.p95).toFixed(1)}x`)
  line(`   ${mark(sqlPull[20].p95 / sqlTimeline[20].p95 >= 10)}  >= 10x faster than the naive pull in SQL (p95, concurrency 20): ${(sqlPull[20].p95 / sqlTimeline[20].p95).toFixed(1)}x`)
  line(`   ${mark(fan < 2000)}  fan-out to ${author.followers} followers under 2 s (median, from the 201): ${ms(fan)} ms`)
  line()
  console.log(out.join("\n"))
}

// Last, so that every constant above is initialised.
try {
  await main()
  await shutdown(0)
} catch (error) {
  // After Ctrl-C, work in flight fails as its processes stop; that is no error of its own.
  if (!stopping) console.error(`[bench] error: ${error?.stack ?? error}`)
  await shutdown(1)
}
