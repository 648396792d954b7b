import type { DraftImage } from "@/lib/compose/draft"
import type { ComposeError } from "@/lib/compose/errors"
import { fill } from "@/lib/i18n/fill"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

/**
 * A failed write in words. `sent` are the images in the order the request listed them (a tag or file error
 * indexes them); `all` are the post's images, which number them for the author.
 */
export function errorMessage(
  error: ComposeError,
  t: ComposeMessages,
  sent: readonly DraftImage[],
  all: readonly DraftImage[]
): string {
  const numberOf = (index: number) => all.findIndex((image) => image.key === sent[index]?.key) + 1
  switch (error.code) {
    case "tag": {
      const title = sent[error.image]?.tags[error.tag]?.product.title ?? t.tags.unavailable
      return fill(t.errors.tag, { title, n: numberOf(error.image) })
    }
    case "image":
      return fill(t.errors.image, { n: numberOf(error.image) })
    case "word":
      return fill(t.errors.word, { word: error.word })
    case "refused":
      return fill(t.errors.refused, { detail: error.detail })
    default:
      return t.errors[error.code]
  }
}
