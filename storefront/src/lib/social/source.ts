// The lists whose next pages the browser asks the server actions for, and the checks on those requests.
import { z } from "zod"

import { FEED_TABS, type FeedTab } from "./tabs"

/** A list of whole posts (shown as cards): a feed tab or a hashtag's posts. */
export type PostSource = { kind: "feed"; tab: FeedTab } | { kind: "hashtag"; tag: string }

// The backend's cursors are base64url JSON of at most 200 characters; nothing else is sent on.
const cursor = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)

const postSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("feed"), tab: z.enum(FEED_TABS) }),
  z.strictObject({ kind: z.literal("hashtag"), tag: z.string().regex(/^[\p{L}\p{N}_]{1,100}$/u) }),
])

/** The next page of a list of posts: the list and the previous page's next_cursor. */
export const nextPageSchema = z.strictObject({ source: postSourceSchema, cursor })

/** The next page of a profile's posts grid. */
export const nextGridPageSchema = z.strictObject({ handle: z.string().regex(/^[a-z0-9_-]{1,60}$/), cursor })

/** Following or unfollowing a profile. */
export const followSchema = z.strictObject({ handle: z.string().regex(/^[a-z0-9_-]{1,60}$/), follow: z.boolean() })
