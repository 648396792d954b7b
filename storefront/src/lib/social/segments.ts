// Route segments of the social pages. Anything that no hashtag or profile can have is refused before it reaches
// the backend (or a cache key).

const HASHTAG = /^[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*$/u
const HASHTAG_MAX = 100
// Customers' handles are 3–30 characters, sellers' up to 40 plus a "-2" style suffix when a customer had theirs.
const HANDLE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/
const HANDLE_MAX = 60

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * The hashtag a `/tags/<tag>` segment names, as the backend stores it: without `#`, in Unicode form C, lower case
 * (letters, digits and `_` in any script, at least one letter). Null when no hashtag can look like that.
 */
export function hashtagOf(segment: string): string | null {
  const tag = decode(segment)?.replace(/^#/, "").normalize("NFC").toLowerCase()
  return tag && tag.length <= HASHTAG_MAX && HASHTAG.test(tag) ? tag : null
}

/** The profile handle a `/u/<handle>` segment names; null when no profile can have it. */
export function profileHandleOf(segment: string): string | null {
  const handle = decode(segment)?.replace(/^@/, "")
  return handle && handle.length <= HANDLE_MAX && HANDLE.test(handle) ? handle : null
}
