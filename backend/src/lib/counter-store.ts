import { logger as medusaLogger } from "@medusajs/framework/logger"
import { Redis } from "ioredis"
import { readEnv } from "../env"

/** A key's count in its current window and the milliseconds until that window ends. */
export type Count = { count: number; resetMs: number }
/** Whether this was a key's first hit in its window, and (then) how many later hits earlier windows had. */
export type Once = { first: boolean; missed: number }

/**
 * Counters in fixed windows: a key's window opens with its first hit and lasts the window given then.
 * Shared by every process when it lives in Redis. Rate limits and operator alerts count with it.
 */
export type CounterStore = {
  /** Adds to the key (one by default); null when the store cannot answer (Redis down): the caller decides what that means. */
  increment(key: string, windowMs: number, by?: number): Promise<Count | null>
  /** Takes one back (a hit that should not have counted); nothing once the key's window has ended. */
  decrement(key: string): Promise<void>
  /** The key's count, and forgets the key. */
  take(key: string): Promise<number>
  /**
   * Lets one hit of the key through per window. A later hit adds one to `<key>:missed` (kept for `missedMs`);
   * the first hit of a window takes that count, in the same step, so it reports exactly the hits held back
   * before it, never those of its own window arriving at the same moment. Null when the store cannot answer.
   */
  once(key: string, windowMs: number, missedMs: number): Promise<Once | null>
  close(): Promise<void>
}

/**
 * Counters in this process's memory. Ended windows are swept every `sweepMs`; past `maxKeys` the oldest key
 * is dropped, so a flood of distinct keys (IP addresses, e-mails) costs bounded memory and at worst forgets
 * a counter.
 */
export function createMemoryCounterStore({ maxKeys = 100_000, sweepMs = 60_000 } = {}): CounterStore {
  const counters = new Map<string, { count: number; endsAt: number }>()
  const live = (key: string) => {
    const counter = counters.get(key)
    if (!counter || counter.endsAt > Date.now()) return counter
    counters.delete(key)
    return undefined
  }
  let sweptAt = 0
  const sweep = () => {
    sweptAt = Date.now()
    for (const [key, counter] of counters) if (counter.endsAt <= sweptAt) counters.delete(key)
  }
  const timer = setInterval(sweep, sweepMs).unref()

  // Synchronous, so that `once` is one step however calls interleave.
  const increment = (key: string, windowMs: number, by = 1): Count => {
    const now = Date.now()
    let counter = live(key)
    if (!counter) {
      // Full: sweep (at most once a second, a flood of new keys must not sweep on each), else drop the oldest.
      if (counters.size >= maxKeys && now - sweptAt >= 1_000) sweep()
      if (counters.size >= maxKeys) counters.delete(counters.keys().next().value as string)
      counter = { count: 0, endsAt: now + windowMs }
      counters.set(key, counter)
    }
    counter.count += by
    return { count: counter.count, resetMs: counter.endsAt - now }
  }
  const take = (key: string) => {
    const count = live(key)?.count ?? 0
    counters.delete(key)
    return count
  }

  return {
    async increment(key, windowMs, by = 1) {
      return increment(key, windowMs, by)
    },
    async decrement(key) {
      const counter = live(key)
      if (counter && counter.count > 0) counter.count -= 1
    },
    async take(key) {
      return take(key)
    },
    async once(key, windowMs, missedMs) {
      if (increment(key, windowMs).count === 1) return { first: true, missed: take(`${key}:missed`) }
      increment(`${key}:missed`, missedMs)
      return { first: false, missed: 0 }
    },
    async close() {
      clearInterval(timer)
      counters.clear()
    },
  }
}

// INCRBY and its expiry in one script, so no key is ever left without one (a crash between two commands).
const INCREMENT = `local n = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {n, ttl}`
// Only above zero: DECR on a missing key would create one without expiry.
const DECREMENT = `if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end return 0`
const TAKE = `local n = redis.call('GET', KEYS[1]) redis.call('DEL', KEYS[1]) return n`
const ONCE = `if redis.call('INCR', KEYS[1]) == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  local missed = tonumber(redis.call('GET', KEYS[2]) or '0')
  redis.call('DEL', KEYS[2])
  return {1, missed}
end
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if redis.call('INCR', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return {0, 0}`

export type RedisCounterStoreOptions = {
  url: string
  prefix?: string
  /** A command not answered in this time fails: a slow Redis must not hold up sign-ins. */
  timeoutMs?: number
  logger?: { warn(message: string): void }
}

/**
 * Counters in Redis, shared by every server and worker. When Redis fails, increment answers null (and the
 * failure is logged at most once a minute) and the other calls do nothing: callers keep working without it.
 */
export function createRedisCounterStore({ url, prefix = "agora:rl:", timeoutMs = 500, logger = medusaLogger }: RedisCounterStoreOptions): CounterStore {
  const redis = new Redis(url, { commandTimeout: timeoutMs, maxRetriesPerRequest: 1, disconnectTimeout: 0 })
  // Failures surface through the commands that fail; without a listener ioredis would log each one.
  redis.on("error", () => {})
  let warnedAt = 0
  const failed = (error: unknown) => {
    if (Date.now() - warnedAt < 60_000) return
    warnedAt = Date.now()
    logger.warn(`counters: Redis failed (${(error as Error).message}); nothing is counted there until it answers`)
  }

  return {
    async increment(key, windowMs, by = 1) {
      try {
        const [count, resetMs] = (await redis.eval(INCREMENT, 1, prefix + key, Math.ceil(windowMs), by)) as [number, number]
        return { count, resetMs }
      } catch (error) {
        failed(error)
        return null
      }
    },
    async decrement(key) {
      await redis.eval(DECREMENT, 1, prefix + key).catch(failed)
    },
    async take(key) {
      try {
        return Number((await redis.eval(TAKE, 1, prefix + key)) ?? 0)
      } catch (error) {
        failed(error)
        return 0
      }
    },
    async once(key, windowMs, missedMs) {
      try {
        const [first, missed] = (await redis.eval(ONCE, 2, prefix + key, `${prefix + key}:missed`, Math.ceil(windowMs), Math.ceil(missedMs))) as [number, number]
        return { first: first === 1, missed }
      } catch (error) {
        failed(error)
        return null
      }
    },
    async close() {
      if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect())
      else redis.disconnect()
    },
  }
}

let shared: CounterStore | undefined

/** This deployment's counters: in Redis with REDIS_URL (one client per process), else in memory. */
export function counterStore(): CounterStore {
  if (!shared) {
    const url = readEnv().REDIS_URL
    shared = url ? createRedisCounterStore({ url }) : createMemoryCounterStore()
  }
  return shared
}
