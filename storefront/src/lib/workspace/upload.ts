// Product image uploads: the checks the browser makes before sending and the proxy makes again.

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const

/** Why the browser refuses a chosen file before uploading it, or null when it may go. */
export function refuseImage(file: { type: string; size: number }): "type" | "size" | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return "type"
  return file.size > MAX_IMAGE_BYTES ? "size" : null
}

/** The image type a file's first bytes show, whatever its name or declared type says; null for anything else. */
export function sniffImage(bytes: Uint8Array): (typeof IMAGE_TYPES)[number] | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte)
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  return null
}

/**
 * Whether a request's Origin is the storefront itself: the configured public origin, or the host the browser
 * addressed (what Next's server actions check too). A missing or `null` Origin is refused: browsers send one with
 * every upload, so its absence means a request that did not come from our page.
 */
export function isOwnOrigin(
  origin: string | null,
  { host, storefrontUrl }: { host: string | null; storefrontUrl: string }
) {
  if (!origin || origin === "null") return false
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false
  return url.origin === new URL(storefrontUrl).origin || (host !== null && url.host === host.toLowerCase())
}

/**
 * A request body read to its end, or null as soon as it grows past `limit` bytes (then the rest is not read):
 * a missing or false Content-Length cannot make the server buffer more.
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  limit: number
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = stream?.getReader()
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(size))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
