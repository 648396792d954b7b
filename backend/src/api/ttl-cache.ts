/**
 * A small in-process cache for values that may be a little stale (each server process has its own).
 * Entries expire after `ttlMs`; past `max` entries the oldest go first.
 */
export function ttlCache<V>(ttlMs: number, max = 10_000) {
  const entries = new Map<string, { value: V; expires: number }>()
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key)
      if (entry && entry.expires > Date.now()) return entry.value
      entries.delete(key)
      return undefined
    },
    set(key: string, value: V) {
      entries.delete(key)
      entries.set(key, { value, expires: Date.now() + ttlMs })
      if (entries.size > max) entries.delete(entries.keys().next().value as string)
    },
  }
}
