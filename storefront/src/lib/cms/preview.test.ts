import { describe, expect, it } from "vitest"

import { previewPath } from "./preview"

describe("previewPath", () => {
  it("accepts same-site paths only", () => {
    expect(previewPath("/de/about")).toBe("/de/about")
    expect(previewPath("/en/blog/spring?x=1")).toBe("/en/blog/spring?x=1")
    for (const bad of [null, "", "about", "//evil.example", "/\\evil.example", "https://evil.example", "/a\nb"]) {
      expect(previewPath(bad)).toBeNull()
    }
  })
})
