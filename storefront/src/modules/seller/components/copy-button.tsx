"use client"

import { useState } from "react"

type Props = { text: string; t: { copy: string; copied: string; copyFailed: string } }

/** Copies `text` to the clipboard and says whether it worked, in a live region. */
export default function CopyButton({ text, t }: Props) {
  const [result, setResult] = useState<"copied" | "copyFailed" | null>(null)
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setResult("copied"),
      () => setResult("copyFailed")
    )
  return (
    <div className="copy-button">
      <button type="button" className="button button--small" onClick={copy}>
        {t.copy}
      </button>
      <p className="copy-button__status" role="status">
        {result ? t[result] : ""}
      </p>
    </div>
  )
}
