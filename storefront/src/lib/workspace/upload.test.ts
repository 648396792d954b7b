import { describe, expect, it } from "vitest"

import { isOwnOrigin, MAX_IMAGE_BYTES, readCapped, refuseImage, sniffImage } from "./upload"

describe("refuseImage", () => {
  it("lets JPEG, PNG and WebP up to 10 MB through", () => {
    expect(refuseImage({ type: "image/jpeg", size: MAX_IMAGE_BYTES })).toBeNull()
    expect(refuseImage({ type: "image/webp", size: 1 })).toBeNull()
  })

  it("refuses other types and larger files", () => {
    expect(refuseImage({ type: "image/svg+xml", size: 1 })).toBe("type")
    expect(refuseImage({ type: "", size: 1 })).toBe("type")
    expect(refuseImage({ type: "image/png", size: MAX_IMAGE_BYTES + 1 })).toBe("size")
  })
})

describe("sniffImage", () => {
  const bytes = (...values: number[]) => new Uint8Array(values)

  it("recognises the three formats by their first bytes", () => {
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg")
    expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png")
    const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")
    expect(sniffImage(webp)).toBe("image/webp")
  })

  it("refuses anything else", () => {
    expect(sniffImage(new TextEncoder().encode("<svg xmlns="))).toBeNull()
    expect(sniffImage(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WAVE"))).toBeNull()
    expect(sniffImage(bytes())).toBeNull()
  })
})

describe("isOwnOrigin", () => {
  const storefrontUrl = "https://shop.example"

  it("accepts the configured origin and the host the browser addressed", () => {
    expect(isOwnOrigin("https://shop.example", { host: "internal:8000", storefrontUrl })).toBe(true)
    expect(isOwnOrigin("http://localhost:8000", { host: "localhost:8000", storefrontUrl })).toBe(true)
  })

  it("refuses other origins, a null origin and none", () => {
    expect(isOwnOrigin("https://evil.example", { host: "shop.example", storefrontUrl })).toBe(false)
    expect(isOwnOrigin("https://shop.example.evil.example", { host: "shop.example", storefrontUrl })).toBe(false)
    expect(isOwnOrigin("null", { host: "shop.example", storefrontUrl })).toBe(false)
    expect(isOwnOrigin(null, { host: "shop.example", storefrontUrl })).toBe(false)
    expect(isOwnOrigin("not a url", { host: "shop.example", storefrontUrl })).toBe(false)
  })
})

describe("readCapped", () => {
  const stream = (...chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const length of chunks) controller.enqueue(new Uint8Array(length).fill(7))
        controller.close()
      },
    })

  it("reads a body up to the limit", async () => {
    const body = await readCapped(stream(3, 4), 7)
    expect(body?.byteLength).toBe(7)
    expect(body?.every((byte) => byte === 7)).toBe(true)
    expect((await readCapped(null, 7))?.byteLength).toBe(0)
  })

  it("stops at the first byte past the limit", async () => {
    expect(await readCapped(stream(3, 4, 1), 7)).toBeNull()
  })
})
