// The Store API's refusals of a post write (docs/API.md, POST /store/posts), sorted into what the UI can say.

export type ComposeError =
  /** The sign-in ran out: sign in again (the draft stays in the page). */
  | { code: "expired" }
  /** The post is gone, or not the caller's. */
  | { code: "notFound" }
  /** The caller's e-mail address is not verified yet (403): posting waits for it. */
  | { code: "unverified" }
  /** A caption filter refused a word, e.g. the word-filter plugin's `caption: contains a word that is not allowed ("x")`. */
  | { code: "word"; word: string }
  | { code: "caption" }
  /** A tagged product can no longer be tagged; `image` and `tag` index the request's `images` and their `tags`. */
  | { code: "tag"; image: number; tag: number }
  /** An uploaded file the backend does not know (any more). */
  | { code: "image"; image: number }
  /** Any other refusal, with the backend's words (a plugin's hook may refuse for its own reasons). */
  | { code: "refused"; detail: string }
  | { code: "failed" }

const WORD = /^caption: .*\("(.+)"\)\s*$/
const TAG = /^images\.(\d+)\.tags\.(\d+)\.product_id:/
const FILE = /^images\.(\d+)\.file_id:/

export function composeError(status: number | undefined, message: string): ComposeError {
  if (status === 401) return { code: "expired" }
  if (status === 404) return { code: "notFound" }
  if (status === 403) return { code: "unverified" }
  if (status !== 400) return { code: "failed" }
  const word = WORD.exec(message)
  if (word) return { code: "word", word: word[1] }
  if (message.startsWith("caption:") || message.includes("field 'caption'")) return { code: "caption" }
  const tag = TAG.exec(message)
  if (tag) return { code: "tag", image: Number(tag[1]), tag: Number(tag[2]) }
  const file = FILE.exec(message)
  if (file) return { code: "image", image: Number(file[1]) }
  return { code: "refused", detail: message }
}
