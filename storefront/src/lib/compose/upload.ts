// Checks of /api/uploads, the browser's way to the backend's POST /store/uploads.

export type ImageType = "image/jpeg" | "image/png" | "image/webp"

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

/** What a file's first bytes say it is (as the backend decides it); null for anything but JPEG, PNG and WebP. */
export function imageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg"
  if (bytes.length >= 8 && PNG.every((byte, i) => bytes[i] === byte)) return "image/png"
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp"
  return null
}

/**
 * Whether a request's Origin is the shop itself: its configured public origin (STOREFRONT_URL), or the host the
 * request was addressed to (`x-forwarded-host`, else `Host`), which is how Next checks its own server actions.
 * Browsers send Origin with every POST and cross-site pages cannot forge it; `null` (sandboxed frames, privacy
 * redirects) and a missing Origin are refused.
 */
export function isSameOrigin(origin: string | null, own: { storefrontUrl: string; host: string | null }): boolean {
  if (!origin || origin === "null") return false
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  const host = own.host?.split(",")[0].trim().toLowerCase()
  return url.origin === new URL(own.storefrontUrl).origin || (Boolean(host) && url.host === host)
}

/** A request body read to its end, or null as soon as it grows past `limit` bytes (the rest is not read). */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
