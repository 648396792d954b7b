import { ChildProcess, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { createServer } from "node:net"
import { createLimiter, Limiter } from "../limiter"

const REDIS_SERVER = "/usr/bin/redis-server"

/** The most grants in any window [t, t + windowMs). */
function maxInWindow(times: number[], windowMs = 1000) {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j] - sorted[i] >= windowMs) i++
    most = Math.max(most, j - i + 1)
  }
  return most
}

/** Takes `count` tokens at once; the grant times in the order the takes were made. */
async function grants(limiter: Limiter, count: number) {
  const order: number[] = []
  const times = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      limiter.take().then(() => {
        order.push(i)
        return Date.now()
      })
    )
  )
  return { times, order }
}

describe("createLimiter (in-process)", () => {
  it("never grants more than the rate in any second, first come first served", async () => {
    const limiter = createLimiter({ ratePerSecond: 2 })
    const started = Date.now()
    const { times, order } = await grants(limiter, 10)
    await limiter.close()
    expect(maxInWindow(times)).toBe(2)
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    // Evenly spread: each grant a gap (500 ms + margin) after the one before.
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(500)
    expect(times[0] - started).toBeLessThan(100)
  }, 15_000)

  it("grants nothing while paused", async () => {
    const limiter = createLimiter({ ratePerSecond: 2 })
    await limiter.take()
    const paused = Date.now()
    limiter.pause(1200)
    const { times } = await grants(limiter, 2)
    await limiter.close()
    expect(times[0] - paused).toBeGreaterThanOrEqual(1200)
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(500)
  }, 15_000)

  it("rejects the takes still waiting when closed", async () => {
    const limiter = createLimiter({ ratePerSecond: 1 })
    await limiter.take()
    const waiting = limiter.take()
    await limiter.close()
    await expect(waiting).rejects.toThrow("Lexoffice: the rate limiter is closed")
    await expect(limiter.take()).rejects.toThrow("closed")
  })
})

const withRedis = existsSync(REDIS_SERVER) ? describe : describe.skip
if (!existsSync(REDIS_SERVER)) {
  it.skip(`createLimiter (Redis): skipped, ${REDIS_SERVER} is not installed`, () => {})
}

withRedis("createLimiter (Redis)", () => {
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

  it("shares one bucket between processes: together they never exceed the rate", async () => {
    const key = `lexoffice:test:${Date.now()}`
    const a = createLimiter({ ratePerSecond: 2, redisUrl: url, key })
    const b = createLimiter({ ratePerSecond: 2, redisUrl: url, key })
    const [fromA, fromB] = await Promise.all([grants(a, 6), grants(b, 6)])
    await Promise.all([a.close(), b.close()])
    const times = [...fromA.times, ...fromB.times]
    expect(times).toHaveLength(12)
    expect(maxInWindow(times)).toBe(2)
    expect(fromA.order).toEqual([0, 1, 2, 3, 4, 5])
    expect(fromB.order).toEqual([0, 1, 2, 3, 4, 5])
  }, 15_000)

  it("pauses every process sharing the bucket", async () => {
    const key = `lexoffice:test:${Date.now()}`
    const a = createLimiter({ ratePerSecond: 2, redisUrl: url, key })
    const b = createLimiter({ ratePerSecond: 2, redisUrl: url, key })
    const paused = Date.now()
    a.pause(1500)
    // The pause travels to Redis in the background; let it land before b asks.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await b.take()
    const granted = Date.now()
    await Promise.all([a.close(), b.close()])
    expect(granted - paused).toBeGreaterThanOrEqual(1400)
  }, 15_000)

  it("fails the take when Redis cannot be reached", async () => {
    const limiter = createLimiter({ ratePerSecond: 2, redisUrl: `redis://127.0.0.1:${await freePort()}` })
    const take = limiter.take()
    await expect(take).rejects.toThrow()
    await limiter.close()
  }, 15_000)
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
