import { describe, expect, it } from "vitest"

import { composeError } from "./errors"

describe("composeError", () => {
  it("names the word a caption filter refused", () => {
    expect(composeError(400, 'caption: contains a word that is not allowed ("scam")')).toEqual({
      code: "word",
      word: "scam",
    })
  })

  it("recognises other caption refusals", () => {
    expect(composeError(400, "caption: too shouty")).toEqual({ code: "caption" })
    expect(composeError(400, "Invalid request: Value for field 'caption' too big, expected at most: '2200'")).toEqual({
      code: "caption",
    })
  })

  it("points at the tag whose product can no longer be tagged", () => {
    expect(composeError(400, "images.1.tags.3.product_id: the product is not published (prod_01A)")).toEqual({
      code: "tag",
      image: 1,
      tag: 3,
    })
  })

  it("points at an upload the backend does not know", () => {
    expect(composeError(400, "images.0.file_id: no uploaded file with this id (upload it first)")).toEqual({
      code: "image",
      image: 0,
    })
  })

  it("passes other refusals on with their words", () => {
    expect(composeError(400, "images: posts are paused")).toEqual({
      code: "refused",
      detail: "images: posts are paused",
    })
  })

  it("tells an expired sign-in and a missing post from failures", () => {
    expect(composeError(401, "Unauthorized")).toEqual({ code: "expired" })
    expect(composeError(404, "Post with id: post_1 was not found")).toEqual({ code: "notFound" })
    expect(composeError(403, "Verify your e-mail address first")).toEqual({ code: "unverified" })
    expect(composeError(500, "boom")).toEqual({ code: "failed" })
    expect(composeError(undefined, "fetch failed")).toEqual({ code: "failed" })
  })
})
