import { ACCEPTED_TYPES, UPLOAD_MAX_BYTES } from "@/lib/compose/files"
import { imageType, isSameOrigin, readLimited } from "@/lib/compose/upload"
import { getConfig } from "@/lib/config"
import { getAuthToken } from "@/lib/data/cookies"
import { mediaUrl } from "@/lib/data/social"

// One image plus the multipart envelope (boundaries, headers, the file's name).
const MAX_BODY = UPLOAD_MAX_BYTES + 64 * 1024

const json = (body: unknown, status: number) => Response.json(body, { status })
const refuse = (message: string, status: number) => json({ message }, status)

/**
 * One post image from the browser (multipart field `files`), passed on to the backend's POST /store/uploads with
 * the publishable key and the signed-in customer's token, which the browser cannot read. One file per request, so
 * the page can show each file's progress. Answers as the backend does: `{ files: [{ id, url }] }`, URLs absolute.
 */
export async function POST(request: Request): Promise<Response> {
  const { storefrontUrl, medusaBackendUrl, medusaPublishableKey } = getConfig()
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  if (!isSameOrigin(request.headers.get("origin"), { storefrontUrl, host })) return refuse("Forbidden", 403)
  const token = await getAuthToken()
  if (!token) return refuse("Sign in to upload images", 401)
  if (Number(request.headers.get("content-length")) > MAX_BODY) return refuse("files: at most 10 MB per image", 413)
  const body = await readLimited(request.body, MAX_BODY)
  if (!body) return refuse("files: at most 10 MB per image", 413)

  let form: FormData
  try {
    const type = request.headers.get("content-type") ?? ""
    form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData()
  } catch {
    return refuse('files: send one image as multipart/form-data in the "files" field', 400)
  }
  const files = form.getAll("files")
  const [file] = files
  if (files.length !== 1 || !(file instanceof File) || [...form.keys()].some((key) => key !== "files")) {
    return refuse('files: send one image as multipart/form-data in the "files" field', 400)
  }
  if (file.size > UPLOAD_MAX_BYTES) return refuse("files: at most 10 MB per image", 413)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = imageType(bytes)
  if (!type || !(ACCEPTED_TYPES as readonly string[]).includes(file.type)) {
    return refuse(`files: ${file.name} is not a JPEG, PNG or WebP image`, 415)
  }

  const upload = new FormData()
  upload.append("files", new Blob([bytes], { type }), file.name)
  let answer: Response
  try {
    answer = await fetch(`${medusaBackendUrl}/store/uploads`, {
      method: "POST",
      headers: { "x-publishable-api-key": medusaPublishableKey, authorization: `Bearer ${token}` },
      body: upload,
      cache: "no-store",
    })
  } catch (error) {
    console.error(`Upload: the backend is unreachable: ${(error as Error).message}`)
    return refuse("The image could not be stored. Please try again.", 502)
  }
  const result = (await answer.json().catch(() => null)) as { files?: { id: string; url: string }[] } | null
  if (!result) return refuse("The image could not be stored. Please try again.", 502)
  if (!answer.ok || !result.files) return json(result, answer.status)
  return json({ files: result.files.map(({ id, url }) => ({ id, url: mediaUrl(url) })) }, answer.status)
}
