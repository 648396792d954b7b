// Medusa makes handles from titles in any script: its toHandle keeps every language's letters and digits, so a
// Greek seller's honey is `μέλι-θυμαρίσιο`. Anything else, or longer, cannot exist (and would make an oversized
// cache tag).
const HANDLE = /^[\p{L}\p{N}_-]{1,200}$/u

export function isHandle(value: string): boolean {
  return HANDLE.test(value)
}

/** The handle a route segment names (it may arrive percent-encoded), or null when no product can have it. */
export function handleOfSegment(segment: string): string | null {
  let value: string
  try {
    value = decodeURIComponent(segment)
  } catch {
    return null
  }
  return isHandle(value) ? value : null
}
