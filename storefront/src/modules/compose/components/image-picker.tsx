import { useState, type DragEvent } from "react"

import { IMAGES_MAX } from "@/lib/compose/limits"
import { fill } from "@/lib/i18n/fill"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"
import ImageInput from "@/modules/common/components/image-input"

type Props = {
  id: string
  count: number
  t: ComposeMessages["images"]
  onPick: (files: File[]) => void
  /** Why files were left out of the last pick, one line per file. */
  refusals: string[]
}

/** The file input, inside a zone that also takes files dropped on it. */
export default function ImagePicker({ id, count, t, onPick, refusals }: Props) {
  const [over, setOver] = useState(false)

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    onPick(Array.from(event.dataTransfer.files))
  }

  return (
    <div
      className={`image-picker${over ? " image-picker--over" : ""}`}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={(event) => {
        // Moving onto the label or the input inside the zone is no leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false)
      }}
      onDrop={drop}
    >
      <label htmlFor={id} className="image-picker__label">
        {t.label}
      </label>
      <p id={`${id}-hint`} className="compose__muted">
        {t.hint} {fill(t.count, { n: count, max: IMAGES_MAX })}
      </p>
      <ImageInput id={id} aria-describedby={`${id}-hint`} onPick={onPick} />
      <div className="compose__refusals" role="alert">
        {refusals.length > 0 && (
          <ul>
            {refusals.map((refusal, i) => (
              <li key={i}>{refusal}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
