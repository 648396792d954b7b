// A list of comments kept in the browser while pages load and the reader posts and deletes.

type WithId = { id: string }

/** The next page after the ones shown; a comment already shown (posted here a moment ago) is not repeated. */
export function appendPage<T extends WithId>(shown: T[], page: T[]): T[] {
  const ids = new Set(shown.map((comment) => comment.id))
  return [...shown, ...page.filter((comment) => !ids.has(comment.id))]
}

/** A comment just posted, on top of the newest-first list. */
export function prepend<T extends WithId>(shown: T[], comment: T): T[] {
  return [comment, ...shown.filter((other) => other.id !== comment.id)]
}

/** The list without a deleted comment. */
export function without<T extends WithId>(shown: T[], id: string): T[] {
  return shown.filter((comment) => comment.id !== id)
}
