import { describe, expect, it } from "vitest"

import { suggestAuthors } from "./suggestions"

const author = (handle: string) => ({
  id: `prof_${handle}`,
  handle,
  display_name: handle,
  avatar_url: null,
  kind: "customer",
})
const posts = (...handles: string[]) => handles.map((handle) => ({ author: author(handle) }))

describe("suggestAuthors", () => {
  it("lists each author once, in the posts' order", () => {
    expect(suggestAuthors(posts("a", "b", "a", "c"), new Set(), 5).map((a) => a.handle)).toEqual(["a", "b", "c"])
  })

  it("leaves out the reader and the profiles it follows", () => {
    expect(suggestAuthors(posts("me", "a", "b", "c"), new Set(["me", "b"]), 5).map((a) => a.handle)).toEqual(["a", "c"])
  })

  it("stops at the limit", () => {
    expect(suggestAuthors(posts("a", "b", "c", "d"), new Set(), 2).map((a) => a.handle)).toEqual(["a", "b"])
  })

  it("suggests nobody without posts", () => {
    expect(suggestAuthors([], new Set(), 5)).toEqual([])
  })
})
