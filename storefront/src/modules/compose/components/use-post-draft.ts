import { useReducer, useState } from "react"

import { draftReducer, initialDraft, type DraftImage } from "@/lib/compose/draft"

/**
 * A post being written or edited: its images and their tags (the draft), its caption, and the last change said
 * politely to screen readers (`announce` it).
 */
export function usePostDraft<I extends DraftImage>(images: I[], caption: string) {
  const [draft, dispatch] = useReducer(draftReducer<I>, images, initialDraft<I>)
  const [text, setCaption] = useState(caption)
  const [notice, announce] = useState("")
  return { draft, dispatch, caption: text, setCaption, notice, announce }
}

export type PostDraft<I extends DraftImage> = ReturnType<typeof usePostDraft<I>>
