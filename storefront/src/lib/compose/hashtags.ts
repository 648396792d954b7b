// Hashtag suggestions while a caption is typed. The rule for what a hashtag is follows the backend's
// (backend/src/modules/social/hashtags.ts): `#` at the start or after a character that is not a letter, digit,
// `_`, `&`, `/` or `#`, then letters, digits and `_` in any script.

/** The hashtag being typed: where it starts (its `#`) and ends in the text, and what is typed after the `#`. */
export type TypedTag = { start: number; end: number; query: string }

const BEFORE_CARET = /(?:^|[^\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*)$/u
const AFTER_CARET = /^[\p{L}\p{N}_]*/u

/** Hashtags are compared as the backend stores them: NFC, lower case, without `#`. */
export const tagKey = (tag: string) => tag.replace(/^#/, "").normalize("NFC").toLowerCase()

/** The hashtag the caret is in or right after, or null when it is not in one. */
export function typedTag(text: string, caret: number): TypedTag | null {
  const match = BEFORE_CARET.exec(text.slice(0, caret))
  if (!match) return null
  const typed = match[1]
  const rest = AFTER_CARET.exec(text.slice(caret))?.[0] ?? ""
  return { start: caret - typed.length - 1, end: caret + rest.length, query: tagKey(typed) }
}

/** Known hashtags that start with what is typed, in their order (hottest first); one typed in full is left out. */
export function suggestTags(known: readonly string[], query: string, limit = 8): string[] {
  const prefix = tagKey(query)
  return known.filter((tag) => tag.startsWith(prefix) && tag !== prefix).slice(0, limit)
}

/**
 * The text with the typed hashtag replaced by the picked one and a space after it, and the caret after that
 * space; null when the text would grow past `max`.
 */
export function pickTag(
  text: string,
  typed: TypedTag,
  tag: string,
  max = Infinity
): { text: string; caret: number } | null {
  const after = text.slice(typed.end)
  const spaced = /^\s/.test(after) ? after : ` ${after}`
  const head = `${text.slice(0, typed.start)}#${tag}`
  const next = head + spaced
  return next.length > max ? null : { text: next, caret: head.length + 1 }
}
