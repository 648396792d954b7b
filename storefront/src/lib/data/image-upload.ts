import "server-only"

import { getConfig } from "@/lib/config"
import { isSameOrigin } from "@/lib/http/origin"
import { IMAGE_MAX_BYTES, imageType, readCapped, type ImageType } from "@/lib/upload/image"

import { mediaUrl } from "./social"

// One image plus the multipart envelope (boundary, part headers, the file's name): far more than they need.
const MAX_BODY = IMAGE_MAX_BYTES + 64 * 1024

const ONE_IMAGE = 'Send one image as multipart/form-data in the "files" field'
const TOO_LARGE = "An image may be at most 10 MB"
const NOT_STORED = "The image could not be stored. Please try again."

const refuse = (status: number, message: string) => Response.json({ message }, { status })

type Target = {
  /** The backend route that stores the image: `/store/uploads` or `/vendor/uploads`. */
  path: string
  /** The session the backend stores it for: the customer's or the seller's token, none when signed out. */
  token: () => Promise<string | undefined>
}

/** The one image a request carries, with the type its bytes show; else the answer that refuses it. */
async function readImage(request: Request): Promise<{ file: File; type: ImageType } | Response> {
  const contentType = request.headers.get("content-type") ?? ""
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return refuse(400, ONE_IMAGE)
  const declared = Number(request.headers.get("content-length") ?? 0)
  const body = declared > MAX_BODY ? null : await readCapped(request.body, MAX_BODY)
  if (!body) return refuse(413, TOO_LARGE)
  let form: FormData
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData()
  } catch {
    return refuse(400, ONE_IMAGE)
  }
  const files = form.getAll("files")
  const [file] = files
  if (files.length !== 1 || !(file instanceof File) || [...form.keys()].some((key) => key !== "files")) {
    return refuse(400, ONE_IMAGE)
  }
  if (file.size > IMAGE_MAX_BYTES) return refuse(413, TOO_LARGE)
  const type = imageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()))
  if (!type) return refuse(415, `${file.name || "The file"} is not a JPEG, PNG or WebP image`)
  return { file, type }
}

/**
 * An upload route handler's work: ONE JPEG, PNG or WebP image (multipart field `files`, at most 10 MB, its type read
 * from its first bytes) from the storefront's own pages, stored through the backend's `path` with the session's
 * token, which the browser cannot read. One file per request lets the page show each file's progress. Answers as
 * the backend does, `{ files: [{ id, url }] }` with an absolute URL, or `{ message }` with 400, 401 (signed out),
 * 403 (another origin, or the backend's refusal), 413, 415, or 502 when the backend fails.
 */
export async function forwardImage(request: Request, { path, token: sessionToken }: Target): Promise<Response> {
  const { storefrontUrl, medusaBackendUrl, medusaPublishableKey } = getConfig()
  if (!isSameOrigin(request, storefrontUrl)) return refuse(403, "Uploads are accepted from the shop's own pages only")
  // Before the body is read, so a signed-out request is answered without reading 10 MB.
  const token = await sessionToken()
  if (!token) return refuse(401, "Sign in to upload images")
  const image = await readImage(request)
  if (image instanceof Response) return image

  const upload = new FormData()
  // Sent as the type its bytes show; the backend reads the bytes too and ignores the name.
  upload.append("files", image.file.slice(0, image.file.size, image.type), image.file.name || "image")
  let answer: Response
  try {
    answer = await fetch(`${medusaBackendUrl}${path}`, {
      method: "POST",
      // The Store API requires the publishable key; the Vendor API ignores it.
      headers: { "x-publishable-api-key": medusaPublishableKey, authorization: `Bearer ${token}` },
      body: upload,
      cache: "no-store",
    })
  } catch (error) {
    console.error(`Upload to ${path}: the backend is unreachable: ${(error as Error).message}`)
    return refuse(502, NOT_STORED)
  }
  const result = (await answer.json().catch(() => null)) as {
    files?: { id: string; url: string }[]
    message?: string
  } | null
  if (answer.ok && result?.files) {
    const files = result.files.map(({ id, url }) => ({ id, url: mediaUrl(url) }))
    return Response.json({ files }, { status: answer.status })
  }
  // The backend's refusals (400, 401, 403) pass through; its failures are this route's 502.
  if (!answer.ok && answer.status < 500) return refuse(answer.status, result?.message ?? answer.statusText)
  console.error(`Upload to ${path} failed: ${answer.status} ${result?.message ?? answer.statusText}`)
  return refuse(502, NOT_STORED)
}
