// What a post may hold, as the Store API checks it (docs/API.md, POST /store/posts). Apart from the zod schemas,
// so the browser's code gets the numbers without the validation library.
export const CAPTION_MAX = 2200
export const IMAGES_MAX = 10
export const TAGS_MAX = 5
