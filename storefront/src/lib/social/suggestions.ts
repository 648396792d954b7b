export type Author = { id: string; handle: string; display_name: string; avatar_url: string | null; kind: string }

/**
 * Profiles to suggest following: the authors of the given posts (the best of explore, best first), each once, except
 * the handles to leave out (the reader's own and those it follows already).
 */
export function suggestAuthors<A extends Author>(
  posts: readonly { author: A }[],
  exclude: ReadonlySet<string>,
  limit: number
): A[] {
  const picked = new Map<string, A>()
  for (const { author } of posts) {
    if (picked.size >= limit) break
    if (!exclude.has(author.handle) && !picked.has(author.handle)) picked.set(author.handle, author)
  }
  return [...picked.values()]
}
