/** A shop's handle, as the backend accepts it: lowercase letters and digits in dash-separated words, 3–40 long. */
export const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const HANDLE_MIN = 3
export const HANDLE_MAX = 40

// Letters that lose more than an accent in Latin spelling (German umlauts are spelt "ae", not "a").
const LATIN: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
  ł: "l",
  đ: "d",
  þ: "th",
}

// Greek in Latin letters after ELOT 743, the way Greek shops spell their names in web addresses.
const GREEK_PAIRS: [RegExp, string][] = [
  [/ου/g, "ou"],
  [/αυ/g, "av"],
  [/ευ/g, "ev"],
]
const GREEK: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
}

/**
 * A handle suggested from a shop's name: lowercase Latin letters and digits in dash-separated words, cut at a word
 * boundary to at most 40 characters, e.g. "Café Müller & Söhne" → "cafe-mueller-soehne", "Μέλι Ελιά" →
 * "meli-elia". Empty when the name has no letters or digits to go on.
 */
export function handleFromName(name: string): string {
  const unaccented = name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüßæøœłđþ]/g, (char) => LATIN[char])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
  const latin = GREEK_PAIRS.reduce((text, [pair, spelt]) => text.replace(pair, spelt), unaccented).replace(
    /[α-ω]/g,
    (char) => GREEK[char] ?? ""
  )
  let handle = ""
  for (const word of latin.match(/[a-z0-9]+/g) ?? []) {
    const longer = handle ? `${handle}-${word}` : word
    if (longer.length > HANDLE_MAX) return handle || word.slice(0, HANDLE_MAX)
    handle = longer
  }
  return handle
}
