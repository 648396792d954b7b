/** Events of the social module; payloads carry ids only (docs/EVENTS.md). */
export const SocialEvents = {
  PROFILE_CREATED: "social.profile.created",
  FOLLOW_CREATED: "social.follow.created",
  FOLLOW_DELETED: "social.follow.deleted",
  POST_CREATED: "social.post.created",
  POST_UPDATED: "social.post.updated",
  POST_DELETED: "social.post.deleted",
  POST_HIDDEN: "social.post.hidden",
  POST_RESTORED: "social.post.restored",
  LIKE_CREATED: "social.like.created",
  COMMENT_CREATED: "social.comment.created",
  REPORT_CREATED: "social.report.created",
} as const
