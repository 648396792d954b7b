import { describe, expect, it } from "vitest"

import { appendPage, prepend, without } from "./thread"

const c = (id: string) => ({ id })

describe("appendPage", () => {
  it("adds the page after the comments shown", () => {
    expect(appendPage([c("3"), c("2")], [c("1")])).toEqual([c("3"), c("2"), c("1")])
  })

  it("skips comments already shown", () => {
    expect(appendPage([c("new"), c("3")], [c("new"), c("2")])).toEqual([c("new"), c("3"), c("2")])
  })
})

describe("prepend", () => {
  it("puts the new comment first, once", () => {
    expect(prepend([c("2"), c("1")], c("3"))).toEqual([c("3"), c("2"), c("1")])
    expect(prepend([c("3"), c("2")], c("3"))).toEqual([c("3"), c("2")])
  })
})

describe("without", () => {
  it("drops the deleted comment only", () => {
    expect(without([c("3"), c("2"), c("1")], "2")).toEqual([c("3"), c("1")])
    expect(without([c("1")], "9")).toEqual([c("1")])
  })
})
