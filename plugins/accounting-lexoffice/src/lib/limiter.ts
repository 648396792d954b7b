import { Redis } from "ioredis"

/** The one gate every request to Lexoffice passes. */
export type Limiter = {
  /** Resolves when the caller may send one request; callers of one limiter are served first come, first served. */
  take(): Promise<void>
  /** After a 429: nobody (in any process sharing the bucket) gets a token for `ms`. */
  pause(ms: number): void
  /** Rejects the callers still waiting and lets go of Redis. */
  close(): Promise<void>
}

export type LimiterOptions = {
  ratePerSecond: number
  /** Shares the bucket with every process using the same Redis and key. */
  redisUrl?: string
  /** The Redis key of the bucket. */
  key?: string
  /**
   * Added to the gap between two tokens. Lexoffice counts requests when they arrive, not when they were
   * granted; the client also waits for each answer (LexofficeClient), which this cannot do across processes.
   */
  marginMs?: number
}

/**
 * A token bucket of capacity 1: one token every 1/rate seconds (plus the margin), so the requests are
 * spread evenly and no window of one second ever sees more than `ratePerSecond` of them. Lexoffice's own
 * bucket (capacity 2) accepts that even when the network bunches two requests together.
 */
export function createLimiter({ ratePerSecond, redisUrl, key = "lexoffice:rate", marginMs = 25 }: LimiterOptions): Limiter {
  if (!(ratePerSecond > 0)) throw new Error(`Lexoffice: rate ${ratePerSecond}/s is not positive`)
  const interval = Math.ceil(1000 / ratePerSecond) + marginMs
  const bucket = redisUrl ? redisBucket(redisUrl, key, interval) : memoryBucket(interval)

  const queue: { resolve: () => void; reject: (error: unknown) => void }[] = []
  let pumping = false
  let closed = false
  let wake: (() => void) | null = null
  let timer: NodeJS.Timeout | undefined

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, ms)
    })

  // One loop per limiter hands out the tokens to the queue's head, so the callers keep their order.
  async function pump() {
    if (pumping) return
    pumping = true
    while (queue.length > 0 && !closed) {
      let wait: number
      try {
        wait = await bucket.take()
      } catch (error) {
        queue.shift()?.reject(error)
        continue
      }
      if (closed) break
      if (wait > 0) await sleep(wait)
      else queue.shift()?.resolve()
    }
    pumping = false
  }

  return {
    take() {
      if (closed) return Promise.reject(new Error("Lexoffice: the rate limiter is closed"))
      return new Promise<void>((resolve, reject) => {
        queue.push({ resolve, reject })
        void pump()
      })
    },
    pause(ms) {
      if (ms > 0) bucket.pause(Math.ceil(ms))
    },
    async close() {
      closed = true
      clearTimeout(timer)
      wake?.()
      for (const waiter of queue.splice(0)) waiter.reject(new Error("Lexoffice: the rate limiter is closed"))
      await bucket.close()
    },
  }
}

type Bucket = {
  /** 0 when a token was taken; otherwise the milliseconds until one may be. */
  take(): Promise<number>
  pause(ms: number): void
  close(): Promise<void>
}

function memoryBucket(interval: number): Bucket {
  let next = 0
  return {
    async take() {
      const now = Date.now()
      if (now < next) return next - now
      next = now + interval
      return 0
    },
    pause(ms) {
      next = Math.max(next, Date.now() + ms)
    },
    async close() {},
  }
}

// The key holds the time (Redis's clock, ms) before which no token is given; it expires when that has
// passed. Redis's clock, so that processes on hosts whose clocks differ still share one schedule.
const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)"

const TAKE = `${NOW}
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < next then return next - now end
redis.call('SET', KEYS[1], string.format('%.0f', now + tonumber(ARGV[1])), 'PX', ARGV[1])
return 0`

const PAUSE = `${NOW}
local resume = now + tonumber(ARGV[1])
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
if next < resume then redis.call('SET', KEYS[1], string.format('%.0f', resume), 'PX', ARGV[1]) end
return 0`

function redisBucket(url: string, key: string, interval: number): Bucket {
  // Fail a take after a few reconnection attempts rather than queueing it for ~10 s: the caller's job is
  // better retried later than left hanging. disconnect() is only used on a connection that is down, where
  // ioredis's default 2 s wait for the socket to close would only hold the process open.
  const redis = new Redis(url, { maxRetriesPerRequest: 2, disconnectTimeout: 0 })
  // Failures surface through the commands that fail; without a listener ioredis would log each one.
  redis.on("error", () => {})
  // A pause holds in this process at once, whatever happens to the shared one.
  let resumeAt = 0
  return {
    async take() {
      const paused = resumeAt - Date.now()
      if (paused > 0) return paused
      return Number(await redis.eval(TAKE, 1, key, interval))
    },
    pause(ms) {
      resumeAt = Math.max(resumeAt, Date.now() + ms)
      redis.eval(PAUSE, 1, key, ms).catch(() => {})
    },
    async close() {
      // QUIT lets a pause still on its way land; a connection that is down has nothing to wait for.
      if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect())
      else redis.disconnect()
    },
  }
}
