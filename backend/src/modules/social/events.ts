/** Events of the social module; payloads carry ids only (docs/EVENTS.md). */
export const SocialEvents = {
  PROFILE_CREATED: "social.profile.created",
  FOLLOW_CREATED: "social.follow.created",
  FOLLOW_DELETED: "social.follow.deleted",
} as const
