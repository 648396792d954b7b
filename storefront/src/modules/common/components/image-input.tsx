import type { InputHTMLAttributes } from "react"

import { IMAGE_TYPES } from "@/lib/upload/image"

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "multiple" | "accept" | "onChange"> & {
  onPick: (files: File[]) => void
}

/** A file input for several images of the types the uploads take; each pick is handed on as a list of files. */
export default function ImageInput({ onPick, ...props }: Props) {
  return (
    <input
      {...props}
      type="file"
      multiple
      accept={IMAGE_TYPES.join(",")}
      onChange={(event) => {
        onPick(Array.from(event.currentTarget.files ?? []))
        // Cleared, so picking the same file again (after removing it) is a change too.
        event.currentTarget.value = ""
      }}
    />
  )
}
