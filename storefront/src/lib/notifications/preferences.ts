// The notification settings form: one row per type, a checkbox per channel; transactional types are always on.

export const CHANNELS = ["email", "in_app"] as const
export type Channel = (typeof CHANNELS)[number]

/** One type on one channel, as `GET /store/notifications/preferences` lists it. */
export type Preference = { type: string; channel: Channel; optional: boolean; enabled: boolean }

/** A change for `POST /store/notifications/preferences`. */
export type PreferenceChange = { type: string; channel: Channel; enabled: boolean }

export type PreferenceRow = { type: string; optional: boolean; channels: Partial<Record<Channel, boolean>> }

/** A checkbox's name: "post_liked:email". */
export const fieldName = (type: string, channel: Channel) => `${type}:${channel}`

// A ticked checkbox is sent as "on"; an unticked one is not sent at all.
const ticked = (form: FormData, type: string, channel: Channel) => form.get(fieldName(type, channel)) === "on"

/** The preferences as rows in the backend's order, with what each channel is set to; optional rows after the others. */
export function preferenceRows(preferences: readonly Preference[]): PreferenceRow[] {
  const rows = new Map<string, PreferenceRow>()
  for (const { type, channel, optional, enabled } of preferences) {
    const row = rows.get(type) ?? { type, optional, channels: {} }
    row.channels[channel] = enabled
    row.optional &&= optional
    rows.set(type, row)
  }
  const all = [...rows.values()]
  return [...all.filter((row) => !row.optional), ...all.filter((row) => row.optional)]
}

/**
 * What the submitted form changes: each optional preference whose checkbox (present when ticked) differs from
 * `current`. Transactional ones are never sent: their boxes are disabled, and the backend refuses turning them off.
 */
export function preferenceChanges(current: readonly Preference[], form: FormData): PreferenceChange[] {
  return current
    .filter(({ optional, type, channel, enabled }) => optional && enabled !== ticked(form, type, channel))
    .map(({ type, channel, enabled }) => ({ type, channel, enabled: !enabled }))
}
