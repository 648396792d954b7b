import { model } from "@medusajs/framework/utils"
import { Hashtag } from "./hashtag"
import { PostComment } from "./post-comment"
import { PostImage } from "./post-image"
import { PostLike } from "./post-like"
import { PostReport } from "./post-report"
import { PostTag } from "./post-tag"
import { Profile } from "./profile"

export const POST_STATUSES = ["published", "hidden", "deleted"] as const
export const CAPTION_MAX = 2200

export const Post = model
  .define("post", {
    id: model.id({ prefix: "post" }).primaryKey(),
    caption: model.text().default(""),
    status: model.enum([...POST_STATUSES]).default("published"),
    likes_count: model.number().default(0),
    comments_count: model.number().default(0),
    profile: model.belongsTo(() => Profile, { mappedBy: "posts" }),
    images: model.hasMany(() => PostImage, { mappedBy: "post" }),
    tags: model.hasMany(() => PostTag, { mappedBy: "post" }),
    likes: model.hasMany(() => PostLike, { mappedBy: "post" }),
    comments: model.hasMany(() => PostComment, { mappedBy: "post" }),
    reports: model.hasMany(() => PostReport, { mappedBy: "post" }),
    hashtags: model.manyToMany(() => Hashtag, { mappedBy: "posts", pivotTable: "post_hashtag" }),
  })
  .indexes([{ on: ["profile_id", "status", "created_at"] }])
