import { describe, expect, it } from "vitest"

import { admitFiles, SOURCE_MAX_BYTES } from "./files"

const file = (name: string, type = "image/jpeg", size = 1000) => ({ name, type, size })

describe("admitFiles", () => {
  it("takes JPEG, PNG and WebP images in order", () => {
    const files = [file("a.jpg"), file("b.png", "image/png"), file("c.webp", "image/webp")]
    expect(admitFiles(files, 10)).toEqual({ accepted: files, refused: [] })
  })

  it("refuses other types, including HEIC and files without a type", () => {
    const result = admitFiles([file("a.heic", "image/heic"), file("b.svg", "image/svg+xml"), file("c", "")], 10)
    expect(result.accepted).toEqual([])
    expect(result.refused.map((refusal) => refusal.reason)).toEqual(["type", "type", "type"])
  })

  it("refuses originals too large to decode", () => {
    const result = admitFiles([file("huge.jpg", "image/jpeg", SOURCE_MAX_BYTES + 1), file("ok.jpg")], 10)
    expect(result).toEqual({ accepted: [file("ok.jpg")], refused: [{ name: "huge.jpg", reason: "size" }] })
  })

  it("takes only as many as there is room for", () => {
    const result = admitFiles([file("1.jpg"), file("2.svg", "image/svg+xml"), file("3.jpg"), file("4.jpg")], 2)
    expect(result.accepted.map((picked) => picked.name)).toEqual(["1.jpg", "3.jpg"])
    expect(result.refused).toEqual([
      { name: "2.svg", reason: "type" },
      { name: "4.jpg", reason: "count" },
    ])
  })

  it("takes nothing when the post is full", () => {
    expect(admitFiles([file("a.jpg")], 0).refused).toEqual([{ name: "a.jpg", reason: "count" }])
  })
})
