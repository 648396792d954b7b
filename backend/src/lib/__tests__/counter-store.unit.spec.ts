import { ChildProcess, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { createServer } from "node:net"
import { Redis } from "ioredis"
import { CounterStore, createMemoryCounterStore, createRedisCounterStore } from "../counter-store"

const REDIS_SERVER = "/usr/bin/redis-server"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What every store does, whatever keeps the counts. */
function behavesAsCounters(create: () => CounterStore) {
  let store: CounterStore
  beforeEach(() => {
    store = create()
  })
  afterEach(() => store.close())

  it("counts hits in a window that opens with the first one and does not move", async () => {
    expect(await store.increment("a", 400)).toEqual({ count: 1, resetMs: expect.any(Number) })
    await sleep(150)
    const second = await store.increment("a", 400)
    expect(second?.count).toEqual(2)
    // The window still ends 400 ms after the first hit, not the second.
    expect(second!.resetMs).toBeLessThanOrEqual(260)
    expect(second!.resetMs).toBeGreaterThan(100)
    expect((await store.increment("b", 400))?.count).toEqual(1)
    await sleep(300)
    expect((await store.increment("a", 400))?.count).toEqual(1)
  })

  it("gives back a hit, never below zero and never after the window", async () => {
    await store.increment("k", 300)
    await store.increment("k", 300)
    await store.decrement("k")
    expect((await store.increment("k", 300))?.count).toEqual(2)
    await sleep(350)
    await store.decrement("k")
    expect((await store.increment("k", 300))?.count).toEqual(1)
    await store.decrement("k")
    await store.decrement("k")
    expect((await store.increment("k", 300))?.count).toEqual(1)
  })

  it("takes a count once", async () => {
    for (let i = 0; i < 3; i++) await store.increment("t", 10_000)
    expect(await store.take("t")).toEqual(3)
    expect(await store.take("t")).toEqual(0)
    expect((await store.increment("t", 10_000))?.count).toEqual(1)
  })

  it("lets one hit a window through, which reports the hits held back before it, not those of its own window", async () => {
    const first = await Promise.all(Array.from({ length: 20 }, () => store.once("o", 300, 10_000)))
    expect(first.filter((o) => o?.first)).toEqual([{ first: true, missed: 0 }])
    expect(first.filter((o) => !o?.first)).toHaveLength(19)
    await sleep(350)
    const second = await Promise.all(Array.from({ length: 5 }, () => store.once("o", 300, 10_000)))
    expect(second.filter((o) => o?.first)).toEqual([{ first: true, missed: 19 }])
    await sleep(350)
    expect(await store.once("o", 300, 10_000)).toEqual({ first: true, missed: 4 })
    expect(await store.once("o", 300, 10_000)).toEqual({ first: false, missed: 0 })
  })

  it("adds more than one at a time", async () => {
    await store.increment("by", 10_000, 3)
    expect((await store.increment("by", 10_000))?.count).toEqual(4)
  })

  it("counts concurrent hits exactly", async () => {
    const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment("c", 10_000)))
    expect(counts.map((c) => c!.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })
}

describe("createMemoryCounterStore", () => {
  behavesAsCounters(() => createMemoryCounterStore())

  it("holds at most maxKeys, dropping ended windows first, then the oldest key", async () => {
    const store = createMemoryCounterStore({ maxKeys: 3 })
    await store.increment("short", 50)
    await store.increment("old", 10_000)
    await store.increment("middle", 10_000)
    await sleep(80)
    await store.increment("new", 10_000)
    expect((await store.increment("old", 10_000))?.count).toEqual(2)
    // Full of live keys: the oldest ("old", counted twice) makes room.
    await store.increment("newest", 10_000)
    expect(await store.take("old")).toEqual(0)
    expect(await store.take("middle")).toEqual(1)
    await store.close()
  })
})

const withRedis = existsSync(REDIS_SERVER) ? describe : describe.skip
if (!existsSync(REDIS_SERVER)) {
  it.skip(`createRedisCounterStore: skipped, ${REDIS_SERVER} is not installed`, () => {})
}

withRedis("createRedisCounterStore", () => {
  let redis: ChildProcess
  let url: string

  beforeAll(async () => {
    const port = await freePort()
    redis = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    await new Promise<void>((resolve, reject) => {
      let output = ""
      redis.stdout?.on("data", (chunk) => {
        output += chunk
        if (output.includes("Ready to accept connections")) resolve()
      })
      redis.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
    })
    url = `redis://127.0.0.1:${port}`
  })

  afterAll(async () => {
    if (!redis?.pid || redis.exitCode !== null) return
    const exited = new Promise((resolve) => redis.once("exit", resolve))
    process.kill(redis.pid, "SIGTERM")
    await exited
  })

  // Each test gets its own prefix: the keys of one never meet another's.
  let run = 0
  behavesAsCounters(() => createRedisCounterStore({ url, prefix: `test:${++run}:` }))

  it("shares counts between processes, under the agora:rl: prefix, each key with an expiry", async () => {
    const a = createRedisCounterStore({ url })
    const b = createRedisCounterStore({ url })
    await a.increment("shared", 60_000)
    expect((await b.increment("shared", 60_000))?.count).toEqual(2)
    const client = new Redis(url)
    expect(await client.get("agora:rl:shared")).toEqual("2")
    const ttl = await client.pttl("agora:rl:shared")
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
    // Taking back a hit from a key that is gone leaves no key without expiry behind.
    await a.decrement("gone")
    expect(await client.exists("agora:rl:gone")).toEqual(0)
    await Promise.all([a.close(), b.close(), client.quit()])
  })

  it("answers null without Redis, soon, and warns once a minute", async () => {
    const warnings: string[] = []
    const store = createRedisCounterStore({ url: `redis://127.0.0.1:${await freePort()}`, timeoutMs: 300, logger: { warn: (m) => warnings.push(m) } })
    const started = Date.now()
    expect(await store.increment("x", 1_000)).toBeNull()
    expect(await store.increment("y", 1_000)).toBeNull()
    expect(await store.take("x")).toEqual(0)
    expect(await store.once("x", 1_000, 1_000)).toBeNull()
    await store.decrement("x")
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^counters: Redis failed/)
    await store.close()
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))))
    })
  })
}
