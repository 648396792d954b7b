import { describe, expect, it } from "vitest"

import { IMAGE_MAX_BYTES, imageType, readCapped, refuseImage } from "./image"

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === "string" ? [...value].map((c) => c.charCodeAt(0)) : [value]))
  )

describe("refuseImage", () => {
  it("lets JPEG, PNG and WebP up to 10 MB through", () => {
    expect(refuseImage({ type: "image/jpeg", size: IMAGE_MAX_BYTES })).toBeNull()
    expect(refuseImage({ type: "image/png", size: 1 })).toBeNull()
    expect(refuseImage({ type: "image/webp", size: 1 })).toBeNull()
  })

  it("refuses other types, files without a type and larger files", () => {
    expect(refuseImage({ type: "image/svg+xml", size: 1 })).toBe("type")
    expect(refuseImage({ type: "image/heic", size: 1 })).toBe("type")
    expect(refuseImage({ type: "", size: 1 })).toBe("type")
    expect(refuseImage({ type: "image/png", size: IMAGE_MAX_BYTES + 1 })).toBe("size")
  })

  it("takes another size limit", () => {
    expect(refuseImage({ type: "image/jpeg", size: IMAGE_MAX_BYTES + 1 }, 2 * IMAGE_MAX_BYTES)).toBeNull()
    expect(refuseImage({ type: "image/jpeg", size: 11 }, 10)).toBe("size")
  })
})

describe("imageType", () => {
  it("recognises JPEG, PNG and WebP by their first bytes", () => {
    expect(imageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0))).toBe("image/jpeg")
    expect(imageType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png")
    expect(imageType(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe("image/webp")
  })

  it("refuses other formats and truncated headers", () => {
    expect(imageType(bytes("<svg xmlns"))).toBeNull()
    expect(imageType(bytes("GIF89a", 0, 0))).toBeNull()
    expect(imageType(bytes("RIFF", 0, 0, 0, 0, "WAVE"))).toBeNull()
    expect(imageType(bytes(0x89, "PNG"))).toBeNull()
    expect(imageType(bytes(0xff, 0xd8, 0xff))).toBeNull()
    expect(imageType(new Uint8Array())).toBeNull()
  })
})

describe("readCapped", () => {
  const stream = (...chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(size))
        controller.close()
      },
    })

  it("joins the chunks of a body up to the limit", async () => {
    expect(Array.from((await readCapped(stream(2, 3), 5))!)).toEqual([2, 2, 3, 3, 3])
  })

  it("stops at the first chunk past the limit", async () => {
    expect(await readCapped(stream(4, 4), 7)).toBeNull()
    expect(await readCapped(stream(3, 4, 1), 7)).toBeNull()
  })

  it("reads a missing body as empty", async () => {
    expect(await readCapped(null, 10)).toEqual(new Uint8Array())
  })
})
