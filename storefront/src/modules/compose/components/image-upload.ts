// Getting one picked image to the backend from the browser: resized and re-encoded here, then sent to
// /api/uploads (which adds the customer's token) with XMLHttpRequest, whose upload events give the progress.
import { UPLOAD_MAX_BYTES } from "@/lib/compose/files"
import { targetSize } from "@/lib/compose/resize"

export type UploadFailure = "expired" | "tooLarge" | "type" | "unreadable" | "failed"

export class UploadError extends Error {
  constructor(readonly reason: UploadFailure | "aborted") {
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
    if (blob.size > UPLOAD_MAX_BYTES) throw new UploadError("tooLarge")
    return { blob, width, height }
  } finally {
    bitmap.close()
  }
}

const FAILURES: Record<number, UploadFailure> = { 401: "expired", 413: "tooLarge", 415: "type" }

/** Sends one prepared image; `done` gives the stored file's id and URL, `abort` stops the transfer. */
export function sendImage(
  blob: Blob,
  name: string,
  onProgress: (fraction: number) => void
): { done: Promise<{ id: string; url: string }>; abort: () => void } {
  const request = new XMLHttpRequest()
  const done = new Promise<{ id: string; url: string }>((resolve, reject) => {
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    request.onload = () => {
      const answer = request.response as { files?: { id: string; url: string }[] } | null
      const file = request.status === 201 ? answer?.files?.[0] : undefined
      if (file) resolve(file)
      else reject(new UploadError(FAILURES[request.status] ?? "failed"))
    }
    request.onerror = () => reject(new UploadError("failed"))
    request.onabort = () => reject(new UploadError("aborted"))
  })
  request.open("POST", "/api/uploads")
  request.responseType = "json"
  const form = new FormData()
  form.append("files", blob, name)
  request.send(form)
  return { done, abort: () => request.abort() }
}
