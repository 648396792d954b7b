import { describe, expect, it } from "vitest"

import { heroOf, type CmsPage } from "./cms"

const page = (layout: CmsPage["layout"]): CmsPage => ({ id: 1, title: "Home", slug: "home", layout })

describe("heroOf", () => {
  it("takes the first hero block and resolves a relative image URL against the CMS", () => {
    const hero = heroOf(
      page([
        { blockType: "content" },
        {
          blockType: "hero",
          heading: "Discover makers you love",
          subheading: "Buy from independent sellers.",
          ctaLabel: "Shop now",
          ctaHref: "/products",
          image: { url: "/api/media/file/hero.jpg", alt: "Market stall", width: 1200, height: 800 },
        },
      ]),
      "http://cms:3001"
    )
    expect(hero).toEqual({
      heading: "Discover makers you love",
      subheading: "Buy from independent sellers.",
      cta: { label: "Shop now", href: "/products" },
      image: { src: "http://cms:3001/api/media/file/hero.jpg", alt: "Market stall", width: 1200, height: 800 },
    })
  })

  it("keeps absolute image URLs and drops unpopulated images and half-filled CTAs", () => {
    const withUrl = heroOf(
      page([{ blockType: "hero", heading: "Hi", image: { url: "https://cdn.example/x.png" } }]),
      "http://cms:3001"
    )
    expect(withUrl?.image?.src).toBe("https://cdn.example/x.png")
    const withId = heroOf(page([{ blockType: "hero", heading: "Hi", image: 7, ctaLabel: "Go" }]), "http://cms:3001")
    expect(withId).toEqual({ heading: "Hi", subheading: null, cta: null, image: null })
  })

  it("returns null without a page or a hero", () => {
    expect(heroOf(null, "http://cms:3001")).toBeNull()
    expect(heroOf(page([{ blockType: "content" }]), "http://cms:3001")).toBeNull()
  })
})
