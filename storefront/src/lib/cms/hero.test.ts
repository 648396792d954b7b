import { describe, expect, it } from "vitest"

import { heroOf } from "./hero"
import { imageOf } from "./media"

describe("heroOf", () => {
  it("resolves a relative image URL against the CMS, preferring the hero size", () => {
    const hero = heroOf(
      {
        blockType: "hero",
        heading: "Discover makers you love",
        subheading: "Buy from independent sellers.",
        ctaLabel: "Shop now",
        ctaHref: "/products",
        image: {
          id: 1,
          url: "/api/media/file/hero.jpg",
          alt: "Market stall",
          width: 3000,
          height: 2000,
          sizes: { hero: { url: "/api/media/file/hero-1600.webp", width: 1600, height: 1067 } },
        },
      },
      "http://cms:3001"
    )
    expect(hero).toEqual({
      heading: "Discover makers you love",
      subheading: "Buy from independent sellers.",
      cta: { label: "Shop now", href: "/products" },
      image: { src: "http://cms:3001/api/media/file/hero-1600.webp", alt: "Market stall", width: 1600, height: 1067 },
    })
  })

  it("drops unpopulated images and half-filled buttons", () => {
    expect(heroOf({ blockType: "hero", heading: "Hi", image: 7, ctaLabel: "Go" }, "http://cms:3001")).toEqual({
      heading: "Hi",
      subheading: null,
      cta: null,
      image: null,
    })
  })
})

describe("imageOf", () => {
  it("keeps absolute URLs and falls back to the original when a size is missing", () => {
    expect(imageOf({ id: 1, url: "https://cdn.example/x.png", alt: null }, "http://cms:3001", "card")).toEqual({
      src: "https://cdn.example/x.png",
      alt: "",
      width: null,
      height: null,
    })
    expect(imageOf(null, "http://cms:3001")).toBeNull()
    expect(imageOf({ id: 1 }, "http://cms:3001")).toBeNull()
  })
})
