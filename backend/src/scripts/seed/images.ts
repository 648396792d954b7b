import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import sharp from "sharp"

// Product images are drawn locally (no network): a colour field with shapes derived from the handle,
// so every product gets a distinct, stable picture.

function hash(text: string): number {
  let h = 2166136261
  for (const char of text) {
    h ^= char.charCodeAt(0)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

export function productSvg(handle: string, size = 800): string {
  const h = hash(handle)
  const hue = h % 360
  const accent = (hue + 40 + ((h >> 9) % 140)) % 360
  const shapes = 3 + ((h >> 5) % 4)
  const circles = Array.from({ length: shapes }, (_, i) => {
    const seed = hash(`${handle}:${i}`)
    const cx = size * 0.1 + (seed % (size * 0.8))
    const cy = size * 0.1 + ((seed >> 10) % (size * 0.8))
    const r = size / 12 + ((seed >> 20) % (size / 5))
    const light = 45 + ((seed >> 4) % 35)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="hsl(${accent}, 55%, ${light}%)" fill-opacity="0.75"/>`
  }).join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue}, 45%, 88%)"/><stop offset="1" stop-color="hsl(${hue}, 40%, 70%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>${circles}
  <rect x="${size * 0.3}" y="${size * 0.3}" width="${size * 0.4}" height="${size * 0.4}" rx="${size * 0.05}"
    fill="hsl(${hue}, 30%, 97%)" fill-opacity="0.9"/>
</svg>`
}

export async function productPng(handle: string): Promise<Buffer> {
  return sharp(Buffer.from(productSvg(handle))).png({ compressionLevel: 9 }).toBuffer()
}

/** Draws the product's picture and stores it with the file module; returns its public URL. */
export async function uploadProductImage(container: MedusaContainer, handle: string): Promise<string> {
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${handle}.png`,
          mimeType: "image/png",
          content: (await productPng(handle)).toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return files[0].url
}
