// One image sent from the browser to one of the storefront's upload routes (/api/uploads, /api/vendor/uploads), with
// XMLHttpRequest: its upload events give the progress, which fetch does not.

/** A stored image as the upload routes answer it. */
export type StoredImage = { id: string; url: string }

/** Why an upload did not store the image: the route's answer's status (0 when none came back), or "aborted". */
export class SendError extends Error {
  constructor(readonly status: number | "aborted") {
    super(`Image upload: ${status}`)
  }
}

/** Sends one image in the field `files`; `done` gives the stored image, `abort` stops the transfer. */
export function sendImage(
  url: string,
  blob: Blob,
  name: string,
  onProgress: (fraction: number) => void
): { done: Promise<StoredImage>; abort: () => void } {
  const request = new XMLHttpRequest()
  const done = new Promise<StoredImage>((resolve, reject) => {
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    request.onload = () => {
      const answer = request.response as { files?: StoredImage[] } | null
      const file = request.status === 201 ? answer?.files?.[0] : undefined
      if (file) resolve(file)
      else reject(new SendError(request.status))
    }
    request.onerror = () => reject(new SendError(0))
    request.onabort = () => reject(new SendError("aborted"))
  })
  request.open("POST", url)
  request.responseType = "json"
  const form = new FormData()
  form.append("files", blob, name)
  request.send(form)
  return { done, abort: () => request.abort() }
}
