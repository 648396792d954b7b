// Which picked files a post takes, checked in the browser before anything is decoded or sent.
import { refuseImage } from "@/lib/upload/image"

/** Originals are resized before the upload; past this, decoding one would take too much of a phone's memory. */
export const SOURCE_MAX_BYTES = 40 * 1024 * 1024

export type Refusal = "type" | "size" | "count"
export type Picked = { name: string; type: string; size: number }

/** Splits picked files into those taken (in order, up to `room` more) and those refused, with the reason. */
export function admitFiles<F extends Picked>(
  files: readonly F[],
  room: number
): { accepted: F[]; refused: { name: string; reason: Refusal }[] } {
  const accepted: F[] = []
  const refused: { name: string; reason: Refusal }[] = []
  for (const file of files) {
    const reason: Refusal | null = refuseImage(file, SOURCE_MAX_BYTES) ?? (accepted.length >= room ? "count" : null)
    if (reason) refused.push({ name: file.name, reason })
    else accepted.push(file)
  }
  return { accepted, refused }
}
