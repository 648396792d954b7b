import { getConfig } from "@/lib/config"
import { getSellerToken } from "@/lib/data/cookies"
import { uploadVendorImage } from "@/lib/data/vendor-products"
import { isOwnOrigin, MAX_IMAGE_BYTES, readCapped, sniffImage } from "@/lib/workspace/upload"

// A multipart body carries the file plus its boundaries and headers; this is far more than they need.
const MAX_BODY_BYTES = MAX_IMAGE_BYTES + 64 * 1024

const answer = (status: number, message: string) => Response.json({ message }, { status })

/**
 * The workspace's product image upload: ONE JPEG, PNG or WebP image (multipart field `files`, at most 10 MB) from
 * the storefront's own pages, stored through `POST /vendor/uploads` as the signed-in seller. One file per request
 * lets the browser show each file's progress. Answers `{ files: [{ id, url }] }` with an absolute URL, or
 * `{ message }` with 400, 401 (no seller session), 403 (another origin, or a shop that may not upload), 413, 415.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin")
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  if (!isOwnOrigin(origin, { host, storefrontUrl: getConfig().storefrontUrl })) {
    return answer(403, "Uploads are accepted from the shop's own pages only")
  }
  // Checked before the body is read, so a signed-out browser does not send 10 MB for nothing.
  if (!(await getSellerToken())) return answer(401, "Sign in as a seller to upload images")
  const type = request.headers.get("content-type") ?? ""
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    return answer(400, 'Send one image as multipart/form-data in the "files" field')
  }
  const declared = Number(request.headers.get("content-length") ?? 0)
  const body = declared > MAX_BODY_BYTES ? null : await readCapped(request.body, MAX_BODY_BYTES)
  if (!body) return answer(413, "An image may be at most 10 MB")
  let form: FormData
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData()
  } catch {
    return answer(400, 'Send one image as multipart/form-data in the "files" field')
  }
  const files = form.getAll("files")
  const [file] = files
  if (files.length !== 1 || !(file instanceof File) || [...form.keys()].some((key) => key !== "files")) {
    return answer(400, 'Send exactly one image in the "files" field')
  }
  if (file.size > MAX_IMAGE_BYTES) return answer(413, "An image may be at most 10 MB")
  if (!sniffImage(new Uint8Array(await file.slice(0, 16).arrayBuffer()))) {
    return answer(415, `${file.name || "The file"} is not a JPEG, PNG or WebP image`)
  }
  try {
    const { status, body: result } = await uploadVendorImage(file)
    // The backend's refusals (400, 401, 403) pass through; its failures are the proxy's 502.
    return Response.json(result, { status: status >= 500 ? 502 : status })
  } catch (error) {
    console.error(`Product image upload failed: ${error instanceof Error ? error.message : String(error)}`)
    return answer(502, "The image could not be stored. Please try again.")
  }
}
