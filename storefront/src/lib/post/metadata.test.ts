import { describe, expect, it } from "vitest"

import { postMetadata, postTitle } from "./metadata"

const by = "Post by {name}"
const post = {
  id: "post_01ABC",
  caption: "Breakfast on the balcony with thyme honey from Crete and fresh bread #JourneyHoney",
  status: "published",
  created_at: "2026-11-24T09:12:03.512Z",
  author: { display_name: "Maria Kouri" },
}

describe("postTitle", () => {
  it("cuts the caption at a word within 60 characters", () => {
    const title = postTitle(post.caption, "Maria Kouri", by)
    expect(title).toBe("Breakfast on the balcony with thyme honey from Crete and…")
    expect(title.length).toBeLessThanOrEqual(60)
  })

  it("names the author when there is no caption", () => {
    expect(postTitle("  ", "Maria Kouri", by)).toBe("Post by Maria Kouri")
  })
})

describe("postMetadata", () => {
  it("has the canonical URL, language alternates and the first image", () => {
    const meta = postMetadata({ origin: "https://shop.example", locale: "de", post, image: "https://cdn/1.jpg", by })
    expect(meta.alternates?.canonical).toBe("https://shop.example/de/p/post_01ABC")
    expect(meta.alternates?.languages).toMatchObject({ en: "https://shop.example/en/p/post_01ABC" })
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: "https://shop.example/de/p/post_01ABC",
      images: [{ url: "https://cdn/1.jpg", alt: "Post by Maria Kouri" }],
    })
    expect(meta.description).toBe(post.caption)
    expect(meta.robots).toBeUndefined()
  })

  it("keeps a hidden post out of search engines", () => {
    const meta = postMetadata({
      origin: "https://shop.example",
      locale: "en",
      post: { ...post, status: "hidden" },
      image: null,
      by,
    })
    expect(meta.robots).toEqual({ index: false, follow: false })
    expect(meta.twitter).toMatchObject({ card: "summary" })
  })
})
