import { z } from "@medusajs/framework/zod"
import { CursorQuery } from "../cursor"
import { CAPTION_MAX } from "../../modules/social/models/post"
import { COMMENT_MAX } from "../../modules/social/models/post-comment"
import { POST_IMAGES_MAX } from "../../modules/social/models/post-image"
import { REPORT_REASONS, REPORT_STATUSES } from "../../modules/social/models/post-report"
import { TAGS_PER_IMAGE_MAX } from "../../modules/social/models/post-tag"

// Medusa's validation middleware words the errors itself ("Invalid request: Value for field 'caption' too
// big, ..."), naming the field; custom zod messages would not reach the client.

const position = z.number().min(0).max(1).nullish()
const Tag = z.object({ product_id: z.string().min(1), x: position, y: position }).strict()
const Tags = z.array(Tag).max(TAGS_PER_IMAGE_MAX)
const Caption = z.string().max(CAPTION_MAX)

export const CreatePost = z
  .object({
    caption: Caption.default(""),
    images: z
      .array(z.object({ file_id: z.string().min(1), tags: Tags.default([]) }).strict())
      .min(1)
      .max(POST_IMAGES_MAX),
  })
  .strict()
export type CreatePostType = z.infer<typeof CreatePost>

export const UpdatePost = z
  .object({
    caption: Caption,
    images: z.array(z.object({ id: z.string().min(1), tags: Tags }).strict()).max(POST_IMAGES_MAX),
  })
  .partial()
  .strict()
export type UpdatePostType = z.infer<typeof UpdatePost>

export const AddComment = z
  .object({
    body: z.string().trim().min(1).max(COMMENT_MAX),
    parent_id: z.string().min(1).nullish(),
  })
  .strict()
export type AddCommentType = z.infer<typeof AddComment>

export const ReportPost = z
  .object({ reason: z.enum(REPORT_REASONS), note: z.string().trim().max(1000).nullish() })
  .strict()
export type ReportPostType = z.infer<typeof ReportPost>

/** Prices of tagged products are for this region (the store's default region when left out). */
const Pricing = { region_id: z.string().min(1).optional() }
export const PostQuery = z.object(Pricing).strict()
export const PostListQuery = CursorQuery.extend(Pricing).strict()
export type PostListQueryType = z.infer<typeof PostListQuery>
export const CommentListQuery = CursorQuery.extend({ parent_id: z.string().min(1).optional() }).strict()
export type CommentListQueryType = z.infer<typeof CommentListQuery>

export const ReportListQuery = CursorQuery.extend({ status: z.enum(REPORT_STATUSES).default("open") }).strict()
export type ReportListQueryType = z.infer<typeof ReportListQuery>
