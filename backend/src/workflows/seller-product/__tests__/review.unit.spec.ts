import { needsReview } from "../review"

const published = { status: "published", title: "Honey", description: "Raw", images: [{ url: "https://x/1.png" }] }

describe("needsReview", () => {
  it("sends a published product back to review when what shoppers read changes", () => {
    expect(needsReview(published, { title: "Raw Honey" })).toBe(true)
    expect(needsReview(published, { description: null })).toBe(true)
    expect(needsReview(published, { images: [{ url: "https://x/2.png" }] })).toBe(true)
  })

  it("keeps it published for unchanged content and for other fields", () => {
    expect(needsReview(published, { title: "Honey", description: "Raw", images: [{ url: "https://x/1.png" }] })).toBe(false)
    expect(needsReview(published, {})).toBe(false)
  })

  it("re-queues a rejected product that was edited, but never a proposed or draft one", () => {
    expect(needsReview({ ...published, status: "rejected" }, { title: "Better" })).toBe(true)
    expect(needsReview({ ...published, status: "proposed" }, { title: "Better" })).toBe(false)
    expect(needsReview({ ...published, status: "draft" }, { title: "Better" })).toBe(false)
  })
})
