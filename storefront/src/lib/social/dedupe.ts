/**
 * The items of a newly read page that are not shown yet, in order. Explore and For you page by a score that can
 * change between two reads, so a post may come again on a later page (docs/API.md, Feeds); a page may also repeat
 * an id within itself only by mistake, and that one is dropped too.
 */
export function unseen<T extends { id: string }>(seen: ReadonlySet<string>, page: readonly T[]): T[] {
  const ids = new Set(seen)
  return page.filter((item) => {
    if (ids.has(item.id)) return false
    ids.add(item.id)
    return true
  })
}
