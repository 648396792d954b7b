// Letters, combining marks, digits and "_" make up a word (as in hashtags), in any script.
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]"

export type WordMatcher = {
  /** The first listed word that occurs in `text`, as it was listed, or undefined. */
  find(text: string): string | undefined
  /** `text` with every listed word replaced by as many asterisks as it has characters. */
  mask(text: string): string
}

/**
 * Finds whole words of a list in text, ignoring case, in any script: "scam" matches "Scam!" and "#scam"
 * but not "scampi". Text and words are compared in Unicode normal form C, so "café" typed with a
 * combining accent still matches.
 */
export function wordMatcher(words: readonly string[]): WordMatcher {
  // Longest first, so that "scam artist" is masked whole and not only its "scam".
  const listed = words.map((w) => w.normalize("NFC")).sort((a, b) => b.length - a.length)
  if (!listed.length) return { find: () => undefined, mask: (text) => text }

  // One capturing group per word tells which one matched.
  const source = `(?<!${WORD_CHAR})(?:${listed.map((w) => `(${escape(w)})`).join("|")})(?!${WORD_CHAR})`
  const first = new RegExp(source, "iu")
  const all = new RegExp(source, "giu")

  return {
    find(text) {
      const match = first.exec(text.normalize("NFC"))
      return match ? listed[match.slice(1).findIndex((group) => group !== undefined)] : undefined
    },
    mask(text) {
      return text.normalize("NFC").replace(all, (word) => "*".repeat([...word].length))
    },
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
