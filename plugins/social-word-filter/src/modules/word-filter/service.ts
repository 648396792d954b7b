import { MedusaError } from "@medusajs/framework/utils"
import { parseOptions, WordFilterOptions } from "./options"
import { wordMatcher, WordMatcher } from "./words"

/** Holds the plugin's options (Medusa passes plugin options to plugin modules) and applies them to captions. */
export default class WordFilterService {
  private readonly mode: WordFilterOptions["mode"]
  private readonly words: WordMatcher

  constructor(_cradle: Record<string, unknown>, options?: unknown) {
    const { words, mode } = parseOptions(options)
    this.mode = mode
    this.words = wordMatcher(words)
  }

  /** The caption to keep: as is when clean, masked in mask mode; in reject mode a listed word throws INVALID_DATA. */
  filter(caption: string): string {
    const word = this.words.find(caption)
    if (word === undefined) return caption
    if (this.mode === "mask") return this.words.mask(caption)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `caption: contains a word that is not allowed ("${word}")`)
  }
}
