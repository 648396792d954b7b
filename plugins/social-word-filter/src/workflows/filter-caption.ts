import { StepExecutionContext, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WORD_FILTER_MODULE } from "../modules/word-filter"
import WordFilterService from "../modules/word-filter/service"

/**
 * Handler for Agora's `postCreating` (create-post) and `postUpdating` (update-post) hooks. Both run
 * before anything is written: throwing rejects the post with a 400, and a `{ caption }` result replaces
 * the caption that is stored. A clean caption returns nothing and is kept as is.
 */
export async function filterCaption({ caption }: { caption: string }, { container }: StepExecutionContext) {
  const filtered = container.resolve<WordFilterService>(WORD_FILTER_MODULE).filter(caption)
  return filtered === caption ? undefined : new StepResponse({ caption: filtered })
}
