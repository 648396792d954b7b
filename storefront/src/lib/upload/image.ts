// The images the storefront uploads (post images, product images): which types, how large, and what a file's first
// bytes say it is. The browser checks a picked file with these; the upload route handlers check the bytes again.

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

/** What the backend stores per image, and what the upload route handlers let through. */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024

/** Why a picked file is refused before it is read or sent, or null when it may go. */
export function refuseImage(file: { type: string; size: number }, maxBytes = IMAGE_MAX_BYTES): "type" | "size" | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return "type"
  return file.size > maxBytes ? "size" : null
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

/**
 * What a file's first bytes (16 are enough) say it is, whatever its name or declared type says, as the backend
 * decides it; null for anything but JPEG, PNG and WebP.
 */
export function imageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg"
  if (bytes.length >= 8 && PNG.every((byte, i) => bytes[i] === byte)) return "image/png"
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp"
  return null
}

/**
 * A request body read to its end, or null as soon as it grows past `limit` bytes (then the rest is not read): a
 * missing or false Content-Length cannot make the server buffer more.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  limit: number
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = body?.getReader()
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
  const bytes = new Uint8Array(new ArrayBuffer(size))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
