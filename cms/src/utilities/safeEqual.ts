import { createHash, timingSafeEqual } from 'crypto'

// Compares secrets in constant time; hashing first gives both sides the same length, so a mismatch
// in length is not revealed either.
export function safeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(a), digest(b))
}
