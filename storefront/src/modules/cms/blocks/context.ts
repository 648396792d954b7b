import type { Id } from "@/lib/cms/types"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

/** What every block gets besides its own fields. */
export type BlockContext = {
  locale: Locale
  t: Dictionary
  cmsUrl: string
  /** The page the blocks belong to (the form block links its submissions to it). */
  pageId: Id
  /** The block's position: only the first block may carry the page's h1. */
  index: number
}

export type BlockProps<B> = { block: B; context: BlockContext }
