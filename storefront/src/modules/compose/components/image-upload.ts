// Getting one picked image ready for the backend in the browser: resized and re-encoded here, then sent to
// /api/uploads (which adds the customer's token) with sendImage.
import { targetSize } from "@/lib/compose/resize"
import { IMAGE_MAX_BYTES } from "@/lib/upload/image"
import { SendError } from "@/modules/common/send-image"

export type UploadFailure = "expired" | "tooLarge" | "type" | "unreadable" | "failed"

/** Why an image could not be prepared. */
export class UploadError extends Error {
  constructor(readonly reason: UploadFailure) {
    super(`Image upload: ${reason}`)
  }
}

export type Prepared = { blob: Blob; width: number; height: number }

/**
 * The image as a JPEG (quality 0.85) whose longest side is at most 2048 px, turned upright. Re-encoding also
 * drops the file's metadata, such as where a phone photo was taken.
 */
export async function prepareImage(file: Blob): Promise<Prepared> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
  } catch {
    throw new UploadError("unreadable")
  }
  try {
    const { width, height } = targetSize(bitmap.width, bitmap.height)
    const canvas = document.createElement("canvas")
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext("2d")
    if (!context) throw new UploadError("unreadable")
    // JPEG has no transparency: the transparent parts of a PNG become white rather than black.
    context.fillStyle = "#fff"
    context.fillRect(0, 0, width, height)
    context.imageSmoothingQuality = "high"
    context.drawImage(bitmap, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85))
    if (!blob) throw new UploadError("unreadable")
    if (blob.size > IMAGE_MAX_BYTES) throw new UploadError("tooLarge")
    return { blob, width, height }
  } finally {
    bitmap.close()
  }
}

const FAILURES: Record<number, UploadFailure> = { 401: "expired", 413: "tooLarge", 415: "type" }

/** Why preparing or sending an image failed, as the page says it. */
export function failureOf(error: unknown): UploadFailure | "aborted" {
  if (error instanceof UploadError) return error.reason
  if (error instanceof SendError) return error.status === "aborted" ? "aborted" : (FAILURES[error.status] ?? "failed")
  return "failed"
}
