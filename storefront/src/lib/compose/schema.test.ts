import { describe, expect, it } from "vitest"

import { postIdSchema, publishSchema, searchSchema, updateSchema } from "./schema"

const image = (tags: unknown[] = []) => ({ file_id: "1764148323512-post-3f0c.jpg", tags })
const tag = { product_id: "prod_01JABC", x: 0.25, y: 0.5 }

describe("publishSchema", () => {
  it("accepts 1 to 10 images with up to 5 tags each and a caption", () => {
    expect(publishSchema.safeParse({ caption: "", images: [image()] }).success).toBe(true)
    const full = { caption: "x".repeat(2200), images: Array.from({ length: 10 }, () => image(Array(5).fill(tag))) }
    expect(publishSchema.safeParse(full).success).toBe(true)
  })

  it("accepts tags without a position", () => {
    expect(publishSchema.safeParse({ caption: "", images: [image([{ ...tag, x: null, y: null }])] }).success).toBe(true)
  })

  it("refuses no image, more than 10, or more than 5 tags on one", () => {
    expect(publishSchema.safeParse({ caption: "", images: [] }).success).toBe(false)
    expect(publishSchema.safeParse({ caption: "", images: Array(11).fill(image()) }).success).toBe(false)
    expect(publishSchema.safeParse({ caption: "", images: [image(Array(6).fill(tag))] }).success).toBe(false)
  })

  it("refuses a caption over 2200 characters", () => {
    expect(publishSchema.safeParse({ caption: "x".repeat(2201), images: [image()] }).success).toBe(false)
  })

  it("refuses positions outside 0–1, product ids that are none and unknown keys", () => {
    for (const bad of [
      { ...tag, x: 1.2 },
      { ...tag, y: -0.1 },
      { ...tag, product_id: "../admin" },
      { ...tag, z: 1 },
    ]) {
      expect(publishSchema.safeParse({ caption: "", images: [image([bad])] }).success).toBe(false)
    }
    expect(publishSchema.safeParse({ caption: "", images: [image()], status: "hidden" }).success).toBe(false)
  })
})

describe("updateSchema", () => {
  it("takes the caption and the tags of existing images by id", () => {
    expect(updateSchema.safeParse({ caption: "new", images: [{ id: "pimg_01A", tags: [tag] }] }).success).toBe(true)
    expect(updateSchema.safeParse({ caption: "new", images: [] }).success).toBe(true)
  })

  it("refuses new images and ids that are not image ids", () => {
    expect(updateSchema.safeParse({ caption: "", images: [{ file_id: "x.jpg", tags: [] }] }).success).toBe(false)
    expect(updateSchema.safeParse({ caption: "", images: [{ id: "post_01A", tags: [] }] }).success).toBe(false)
  })
})

describe("postIdSchema", () => {
  it("accepts post ids only", () => {
    expect(postIdSchema.safeParse("post_01JABCDEF").success).toBe(true)
    for (const id of ["post_", "prod_01A", "post_01/../x", ""]) expect(postIdSchema.safeParse(id).success).toBe(false)
  })
})

describe("searchSchema", () => {
  it("trims and needs 2 to 100 characters", () => {
    expect(searchSchema.parse("  olive ")).toBe("olive")
    for (const q of ["", " o ", "x".repeat(101)]) expect(searchSchema.safeParse(q).success).toBe(false)
  })
})
