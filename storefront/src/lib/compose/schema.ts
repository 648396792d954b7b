// The server actions' checks of a post, as the Store API makes them (docs/API.md, POST /store/posts and
// POST /store/posts/:id).
import { z } from "zod"

import { CAPTION_MAX, IMAGES_MAX, TAGS_MAX } from "./limits"

const position = z.number().min(0).max(1).nullable()
const tag = z.strictObject({ product_id: z.string().regex(/^prod_[A-Za-z0-9]{1,64}$/), x: position, y: position })
const tags = z.array(tag).max(TAGS_MAX)
const caption = z.string().max(CAPTION_MAX)

export const postIdSchema = z.string().regex(/^post_[A-Za-z0-9]{1,64}$/)

/** A new post: 1–10 uploaded images in display order, each with up to 5 product tags, and a caption. */
export const publishSchema = z.strictObject({
  caption,
  images: z
    .array(z.strictObject({ file_id: z.string().min(1).max(500), tags }))
    .min(1)
    .max(IMAGES_MAX),
})

/** An edit: the caption, and the new tags of the images whose tags changed (the others keep theirs). */
export const updateSchema = z.strictObject({
  caption,
  images: z.array(z.strictObject({ id: z.string().regex(/^pimg_[A-Za-z0-9]{1,64}$/), tags })).max(IMAGES_MAX),
})

/** A product search while tagging: what the catalog's `q` accepts, with at least two characters. */
export const searchSchema = z.string().trim().min(2).max(100)

export type PublishInput = z.infer<typeof publishSchema>
export type UpdateInput = z.infer<typeof updateSchema>
