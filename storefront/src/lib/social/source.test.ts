import { describe, expect, it } from "vitest"

import { followSchema, nextGridPageSchema, nextPageSchema } from "./source"

const cursor = "eyJzIjo0MTU2Ny41MjE2MzU0NjUxMywiaWQiOiJwb3N0XzAxIn0"

describe("nextPageSchema", () => {
  it("takes a feed tab or a hashtag with a cursor", () => {
    for (const source of [
      { kind: "feed", tab: "for-you" },
      { kind: "hashtag", tag: "μέλι" },
    ]) {
      expect(nextPageSchema.safeParse({ source, cursor }).success).toBe(true)
    }
  })

  it("refuses unknown tabs, odd tags and other lists", () => {
    const bad = [
      { kind: "feed", tab: "for_you" },
      { kind: "hashtag", tag: "two words" },
      { kind: "hashtag", tag: "honey", extra: 1 },
      { kind: "profile", handle: "meli-elia" },
    ]
    for (const source of bad) expect(nextPageSchema.safeParse({ source, cursor }).success).toBe(false)
  })

  it("refuses missing, empty, long or non-base64url cursors", () => {
    const source = { kind: "feed", tab: "explore" }
    for (const value of [undefined, "", "a".repeat(201), "abc/def", "abc==", "a b"]) {
      expect(nextPageSchema.safeParse({ source, cursor: value }).success).toBe(false)
    }
  })
})

describe("nextGridPageSchema", () => {
  it("takes a handle and a cursor", () => {
    expect(nextGridPageSchema.safeParse({ handle: "meli-elia", cursor }).success).toBe(true)
    expect(nextGridPageSchema.safeParse({ handle: "../admin", cursor }).success).toBe(false)
    expect(nextGridPageSchema.safeParse({ handle: "meli-elia" }).success).toBe(false)
  })
})

describe("followSchema", () => {
  it("takes a handle and whether to follow", () => {
    expect(followSchema.safeParse({ handle: "eleni", follow: false }).success).toBe(true)
    expect(followSchema.safeParse({ handle: "eleni", follow: "yes" }).success).toBe(false)
    expect(followSchema.safeParse({ handle: "Eleni/x", follow: true }).success).toBe(false)
  })
})
