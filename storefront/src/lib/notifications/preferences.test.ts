import { describe, expect, it } from "vitest"

import { fieldName, preferenceChanges, preferenceRows, type Preference } from "./preferences"

const preferences: Preference[] = [
  { type: "new_follower", channel: "email", optional: true, enabled: true },
  { type: "new_follower", channel: "in_app", optional: true, enabled: false },
  { type: "order_placed", channel: "email", optional: false, enabled: true },
  { type: "order_placed", channel: "in_app", optional: false, enabled: true },
  { type: "post_liked", channel: "email", optional: true, enabled: false },
  { type: "post_liked", channel: "in_app", optional: true, enabled: true },
]

const form = (ticked: string[]) => {
  const data = new FormData()
  data.set("locale", "en")
  for (const name of ticked) data.set(name, "on")
  return data
}

describe("preferenceRows", () => {
  it("groups the channels by type, transactional types first, otherwise in the backend's order", () => {
    expect(preferenceRows(preferences)).toEqual([
      { type: "order_placed", optional: false, channels: { email: true, in_app: true } },
      { type: "new_follower", optional: true, channels: { email: true, in_app: false } },
      { type: "post_liked", optional: true, channels: { email: false, in_app: true } },
    ])
  })

  it("counts a type as optional only when every channel of it is", () => {
    const mixed: Preference[] = [
      { type: "x", channel: "email", optional: true, enabled: true },
      { type: "x", channel: "in_app", optional: false, enabled: true },
    ]
    expect(preferenceRows(mixed)).toEqual([{ type: "x", optional: false, channels: { email: true, in_app: true } }])
  })
})

describe("preferenceChanges", () => {
  it("sends only the optional preferences whose box changed", () => {
    const ticked = [fieldName("new_follower", "in_app"), fieldName("new_follower", "email")]
    expect(preferenceChanges(preferences, form(ticked))).toEqual([
      { type: "new_follower", channel: "in_app", enabled: true },
      { type: "post_liked", channel: "in_app", enabled: false },
    ])
  })

  it("sends nothing when nothing changed", () => {
    const ticked = [fieldName("new_follower", "email"), fieldName("post_liked", "in_app")]
    expect(preferenceChanges(preferences, form(ticked))).toEqual([])
  })

  it("never turns off a transactional type, even when its box is missing", () => {
    const changes = preferenceChanges(preferences, form([]))
    expect(changes.map((change) => change.type)).not.toContain("order_placed")
    expect(changes).toEqual([
      { type: "new_follower", channel: "email", enabled: false },
      { type: "post_liked", channel: "in_app", enabled: false },
    ])
  })

  it("reads only a ticked box's value as on", () => {
    const data = form([])
    data.set(fieldName("post_liked", "email"), "yes")
    data.set(fieldName("new_follower", "email"), "on")
    data.set(fieldName("post_liked", "in_app"), "on")
    expect(preferenceChanges(preferences, data)).toEqual([])
  })
})
