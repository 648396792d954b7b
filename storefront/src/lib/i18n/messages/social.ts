// The feed, profiles, following and hashtag pages.
const en = {}

export type SocialMessages = typeof en

const de: SocialMessages = {}

const el: SocialMessages = {}

export const social = { en, de, el }
