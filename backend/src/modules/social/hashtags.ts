/** Longest hashtag kept; longer runs are not tags (they are almost always noise). */
export const HASHTAG_MAX = 100

// `#` after a start, space or punctuation (not inside a word, a URL fragment or an HTML entity),
// then letters, digits and underscores in any script, with at least one letter.
const HASHTAG = /(?:^|[^\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu

/** A hashtag as stored: without `#`, in Unicode normal form C, lower-cased. */
export const hashtagKey = (tag: string) => tag.replace(/^#/, "").normalize("NFC").toLowerCase()

/** The distinct hashtags of a caption, lower-cased (Unicode-aware) and without the `#`, in order. */
export function parseHashtags(caption: string): string[] {
  const tags = new Set<string>()
  for (const match of caption.normalize("NFC").matchAll(HASHTAG)) {
    const tag = hashtagKey(match[1])
    if (tag.length <= HASHTAG_MAX) tags.add(tag)
  }
  return [...tags]
}
