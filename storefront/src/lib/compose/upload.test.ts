import { describe, expect, it } from "vitest"

import { imageType, isSameOrigin, readLimited } from "./upload"

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === "string" ? [...value].map((c) => c.charCodeAt(0)) : [value]))
  )

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
    expect(imageType(new Uint8Array())).toBeNull()
  })
})

describe("isSameOrigin", () => {
  const own = { storefrontUrl: "https://shop.example", host: "shop.example" }

  it("accepts the configured origin and the host the request came to", () => {
    expect(isSameOrigin("https://shop.example", own)).toBe(true)
    expect(
      isSameOrigin("http://127.0.0.1:8000", { storefrontUrl: "http://localhost:8000", host: "127.0.0.1:8000" })
    ).toBe(true)
    expect(isSameOrigin("https://shop.example", { ...own, host: "Shop.Example, proxy.internal" })).toBe(true)
  })

  it("refuses other sites, null, a missing or malformed Origin", () => {
    for (const origin of ["https://evil.example", "https://shop.example.evil.example", "null", "", null, "not a url"]) {
      expect(isSameOrigin(origin, own)).toBe(false)
    }
  })

  it("refuses another port of the same host", () => {
    expect(
      isSameOrigin("http://localhost:3001", { storefrontUrl: "http://localhost:8000", host: "localhost:8000" })
    ).toBe(false)
  })

  it("refuses when neither the configuration nor a host matches", () => {
    expect(isSameOrigin("https://shop.example", { storefrontUrl: "http://localhost:8000", host: null })).toBe(false)
  })
})

describe("readLimited", () => {
  const stream = (...chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(size))
        controller.close()
      },
    })

  it("joins the chunks of a body within the limit", async () => {
    expect(Array.from((await readLimited(stream(2, 3), 5))!)).toEqual([2, 2, 3, 3, 3])
  })

  it("stops at the first chunk past the limit", async () => {
    expect(await readLimited(stream(4, 4), 7)).toBeNull()
  })

  it("reads a missing body as empty", async () => {
    expect(await readLimited(null, 10)).toEqual(new Uint8Array())
  })
})
