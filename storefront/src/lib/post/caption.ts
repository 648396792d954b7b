// A caption (or comment) as text with linked hashtags and mentions.

/** Longest hashtag the backend keeps; a longer run is plain text there, so here too. */
const HASHTAG_MAX = 100

// The backend's hashtag rule (backend/src/modules/social/hashtags.ts): `#` at the start or after a character that
// is not a letter, digit, `_`, `&`, `/` or `#` (not inside a word, URL fragment or HTML entity), then letters,
// digits and `_` in any script, at least one a letter. Mentions: `@` outside a word or e-mail address, then a
// handle's 3–30 characters, not followed by more handle characters.
const TOKEN = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]+)|(?<![\p{L}\p{N}_&/#@.])@([a-z0-9_-]{3,30})(?![\p{L}\p{N}_-])/gu
const LETTER = /\p{L}/u

export type CaptionToken =
  | { kind: "text"; text: string }
  /** `tag` as the backend stores it: lower-cased, without `#`. */
  | { kind: "hashtag"; text: string; tag: string }
  | { kind: "mention"; text: string; handle: string }

/**
 * Splits a caption into text, hashtags and mentions, in order; joined, the tokens' texts give the caption back (in
 * Unicode normal form C).
 */
export function tokenizeCaption(caption: string): CaptionToken[] {
  // The backend matches on the NFC form, which looks the same.
  const text = caption.normalize("NFC")
  const tokens: CaptionToken[] = []
  let last = 0
  for (const match of text.matchAll(TOKEN)) {
    const [whole, tag, handle] = match
    let token: CaptionToken
    if (handle !== undefined) token = { kind: "mention", text: whole, handle }
    else {
      const key = tag.toLowerCase()
      if (!LETTER.test(key) || key.length > HASHTAG_MAX) continue
      token = { kind: "hashtag", text: whole, tag: key }
    }
    if (match.index > last) tokens.push({ kind: "text", text: text.slice(last, match.index) })
    tokens.push(token)
    last = match.index + whole.length
  }
  if (last < text.length) tokens.push({ kind: "text", text: text.slice(last) })
  return tokens
}
