import { useEffect, useRef, useState } from "react"

/**
 * A button whose action is confirmed in place: `ask` swaps it for the question, `cancel` brings it back. Focus
 * follows the step, so keyboard and screen reader users stay on what they act on: the question when it opens, the
 * button again when it is cancelled (and neither on the first render).
 */
export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const moved = useRef(false)
  useEffect(() => {
    if (!moved.current) return
    if (confirming) question.current?.focus()
    else opener.current?.focus()
  }, [confirming])

  const step = (next: boolean) => {
    moved.current = true
    setConfirming(next)
  }

  return { confirming, question, opener, ask: () => step(true), cancel: () => step(false) }
}
