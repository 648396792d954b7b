import { describe, expect, it } from "vitest"

import { parse } from "@/lib/account/schemas"

import { commentPageSchema, commentSchema, likeSchema, postId, productSchema, reportSchema } from "./schemas"

const post = "post_01JD4Z6Q0C7W9XK5M2N8P3R4ST"
const comment = "cmt_01JD4Z6Q0C7W9XK5M2N8P3R4SV"

describe("ids", () => {
  it("accept Medusa ids with the right prefix only", () => {
    expect(postId.safeParse(post).success).toBe(true)
    expect(postId.safeParse("prod_01JD4Z6Q0C").success).toBe(false)
    expect(postId.safeParse("post_../../admin").success).toBe(false)
    expect(postId.safeParse("post_").success).toBe(false)
  })
})

describe("commentSchema", () => {
  it("trims the body and keeps 1 to 1000 characters", () => {
    expect(parse(commentSchema, { post_id: post, parent_id: null, body: "  Lovely!  " })).toEqual({
      ok: true,
      data: { post_id: post, parent_id: null, body: "Lovely!" },
    })
    expect(parse(commentSchema, { post_id: post, parent_id: comment, body: ` ${"a".repeat(1000)} ` }).ok).toBe(true)
  })

  it("names an empty or too long body", () => {
    expect(parse(commentSchema, { post_id: post, parent_id: null, body: " \n " })).toEqual({
      ok: false,
      fieldErrors: { body: "required" },
    })
    expect(parse(commentSchema, { post_id: post, parent_id: null, body: "a".repeat(1001) })).toEqual({
      ok: false,
      fieldErrors: { body: "tooLong" },
    })
  })

  it("refuses a parent that is not a comment id, and unknown fields", () => {
    expect(parse(commentSchema, { post_id: post, parent_id: post, body: "x" }).ok).toBe(false)
    expect(parse(commentSchema, { post_id: post, parent_id: null, body: "x", author: "me" })).toEqual({
      ok: false,
      fieldErrors: { author: "invalid" },
    })
  })
})

describe("reportSchema", () => {
  it("takes one of the five reasons and an optional note", () => {
    expect(parse(reportSchema, { post_id: post, reason: "counterfeit", note: "  Fake label " })).toEqual({
      ok: true,
      data: { post_id: post, reason: "counterfeit", note: "Fake label" },
    })
    expect(parse(reportSchema, { post_id: post, reason: "spam", note: "   " })).toEqual({
      ok: true,
      data: { post_id: post, reason: "spam", note: null },
    })
  })

  it("asks for a reason and limits the note", () => {
    expect(parse(reportSchema, { post_id: post, reason: "", note: "" })).toEqual({
      ok: false,
      fieldErrors: { reason: "required" },
    })
    expect(parse(reportSchema, { post_id: post, reason: "boring", note: "" }).ok).toBe(false)
    expect(parse(reportSchema, { post_id: post, reason: "other", note: "n".repeat(1001) })).toEqual({
      ok: false,
      fieldErrors: { note: "tooLong" },
    })
  })
})

describe("likeSchema, commentPageSchema, productSchema", () => {
  it("check their fields strictly", () => {
    expect(likeSchema.safeParse({ post_id: post, liked: true }).success).toBe(true)
    expect(likeSchema.safeParse({ post_id: post, liked: "yes" }).success).toBe(false)
    expect(commentPageSchema.safeParse({ post_id: post, parent_id: null, cursor: "eyJ0IjoxfQ" }).success).toBe(true)
    expect(commentPageSchema.safeParse({ post_id: post, parent_id: null, cursor: "a b" }).success).toBe(false)
    expect(productSchema.safeParse({ product_id: "prod_01JD4Z6Q0C" }).success).toBe(true)
    expect(productSchema.safeParse({ product_id: "prod_01JD4Z6Q0C", post_id: post }).success).toBe(false)
    expect(productSchema.safeParse({}).success).toBe(false)
  })
})
