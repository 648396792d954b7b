import { describe, expect, it } from "vitest"

import {
  canTag,
  draftReducer,
  initialDraft,
  placeTarget,
  publishInput,
  selectedImage,
  updateInput,
  type Draft,
  type DraftImage,
  type TagProduct,
} from "./draft"

type Image = DraftImage & { fileId: string | null }

const image = (key: string, tags: DraftImage["tags"] = []): Image => ({ key, tags, fileId: `file-${key}` })
const product = (id: string): TagProduct => ({ id, title: `Product ${id}`, thumbnail: null })
const run = (draft: Draft<Image>, ...actions: Parameters<typeof draftReducer<Image>>[1][]) =>
  actions.reduce(draftReducer<Image>, draft)
const keys = (draft: Draft<Image>) => draft.images.map((item) => item.key)

describe("images", () => {
  it("adds images in order and selects the first one", () => {
    const draft = run(initialDraft<Image>(), { type: "add", images: [image("a"), image("b")] })
    expect(keys(draft)).toEqual(["a", "b"])
    expect(draft.selected).toBe("a")
  })

  it("adds no more than 10 images", () => {
    const many = Array.from({ length: 12 }, (_, i) => image(String(i)))
    expect(run(initialDraft<Image>(), { type: "add", images: many }).images).toHaveLength(10)
  })

  it("moves an image earlier or later, not past the ends", () => {
    const draft = initialDraft([image("a"), image("b"), image("c")])
    expect(keys(run(draft, { type: "move", key: "c", by: -1 }))).toEqual(["a", "c", "b"])
    expect(keys(run(draft, { type: "move", key: "a", by: 1 }))).toEqual(["b", "a", "c"])
    expect(run(draft, { type: "move", key: "a", by: -1 })).toBe(draft)
    expect(run(draft, { type: "move", key: "c", by: 1 })).toBe(draft)
  })

  it("selects the next image when the selected one is removed, else the one before", () => {
    const draft = initialDraft([image("a"), image("b"), image("c")])
    expect(run(draft, { type: "remove", key: "a" }).selected).toBe("b")
    expect(run(draft, { type: "select", key: "c" }, { type: "remove", key: "c" }).selected).toBe("b")
    expect(run(draft, { type: "remove", key: "b" }).selected).toBe("a")
    expect(run(initialDraft([image("a")]), { type: "remove", key: "a" })).toEqual(initialDraft())
  })

  it("updates an image's other fields", () => {
    const draft = run(initialDraft([image("a")]), { type: "update", key: "a", patch: { fileId: "f.jpg" } })
    expect(draft.images[0].fileId).toBe("f.jpg")
  })
})

describe("tags", () => {
  const start = initialDraft([image("a"), image("b")])

  it("tags the selected image without a place and waits for a click", () => {
    const draft = run(start, { type: "select", key: "b" }, { type: "tag", product: product("prod_1") })
    expect(draft.images[1].tags).toEqual([{ product: product("prod_1"), x: null, y: null }])
    expect(draft.images[0].tags).toEqual([])
    expect(draft.placing).toBe(0)
    const placed = run(draft, { type: "place", position: { x: 0.2, y: 0.7 } })
    expect(placed.images[1].tags[0]).toMatchObject({ x: 0.2, y: 0.7 })
    expect(placed.placing).toBeNull()
  })

  it("refuses a product twice on one image and a sixth tag", () => {
    let draft = run(start, { type: "tag", product: product("prod_1") })
    expect(canTag(selectedImage(draft), "prod_1")).toBe("tagged")
    expect(run(draft, { type: "tag", product: product("prod_1") })).toBe(draft)
    draft = run(draft, ...["2", "3", "4", "5"].map((n) => ({ type: "tag" as const, product: product(`prod_${n}`) })))
    expect(canTag(selectedImage(draft), "prod_6")).toBe("full")
    expect(run(draft, { type: "tag", product: product("prod_6") })).toBe(draft)
    expect(canTag(null, "prod_1")).toBe("noImage")
  })

  it("places the first tag without a place when none is asked for", () => {
    const draft = initialDraft([
      image("a", [
        { product: product("prod_1"), x: 0.1, y: 0.1 },
        { product: product("prod_2"), x: null, y: null },
      ]),
    ])
    expect(placeTarget(draft)).toBe(1)
    const placed = run(draft, { type: "place", position: { x: 0.5, y: 0.5 } })
    expect(placed.images[0].tags[1]).toMatchObject({ x: 0.5, y: 0.5 })
    expect(placeTarget(placed)).toBeNull()
    expect(run(placed, { type: "place", position: { x: 0.9, y: 0.9 } })).toBe(placed)
  })

  it("moves a placed tag when asked to", () => {
    const draft = initialDraft([image("a", [{ product: product("prod_1"), x: 0.1, y: 0.1 }])])
    const moved = run(draft, { type: "reposition", index: 0 }, { type: "place", position: { x: 0.8, y: 0.3 } })
    expect(moved.images[0].tags[0]).toMatchObject({ x: 0.8, y: 0.3 })
  })

  it("removes a tag and keeps the waiting one waiting", () => {
    let draft = run(
      start,
      { type: "tag", product: product("prod_1") },
      { type: "tag", product: product("prod_2") },
      { type: "tag", product: product("prod_3") }
    )
    expect(draft.placing).toBe(2)
    draft = run(draft, { type: "untag", index: 0 })
    expect(draft.images[0].tags.map((tag) => tag.product.id)).toEqual(["prod_2", "prod_3"])
    expect(draft.placing).toBe(1)
    expect(run(draft, { type: "untag", index: 1 }).placing).toBeNull()
  })

  it("forgets the waiting tag when another image is selected", () => {
    const draft = run(start, { type: "tag", product: product("prod_1") }, { type: "select", key: "b" })
    expect(draft.placing).toBeNull()
    expect(placeTarget(draft)).toBeNull()
  })
})

describe("payloads", () => {
  const tagged = image("a", [{ product: product("prod_1"), x: 0.25, y: 0.5 }])

  it("publishes the images in order with their file ids and tags", () => {
    expect(publishInput("Hi #jam", [tagged, image("b")])).toEqual({
      caption: "Hi #jam",
      images: [
        { file_id: "file-a", tags: [{ product_id: "prod_1", x: 0.25, y: 0.5 }] },
        { file_id: "file-b", tags: [] },
      ],
    })
  })

  it("sends only the images whose tags changed in an edit", () => {
    const before = [tagged, image("b")]
    expect(updateInput("new", before, before)).toEqual({ caption: "new", images: [] })
    const after = [{ ...tagged, tags: [] }, image("b")]
    expect(updateInput("new", before, after)).toEqual({ caption: "new", images: [{ id: "a", tags: [] }] })
    const moved = [{ ...tagged, tags: [{ ...tagged.tags[0], x: 0.3 }] }, image("b")]
    expect(updateInput("", before, moved).images).toEqual([
      { id: "a", tags: [{ product_id: "prod_1", x: 0.3, y: 0.5 }] },
    ])
  })
})
