// A post: its card, page, comments, likes, sharing and reports.
const en = {}

export type PostMessages = typeof en

const de: PostMessages = {}

const el: PostMessages = {}

export const post = { en, de, el }
