// Writing and editing a post: images, caption, product tags.
const en = {}

export type ComposeMessages = typeof en

const de: ComposeMessages = {}

const el: ComposeMessages = {}

export const compose = { en, de, el }
