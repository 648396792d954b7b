// The notifications page's pages: 20 at a time, by offset (`?offset=`), newest first.

export const PAGE_SIZE = 20

/** Reads `?offset=` as a multiple of the page size; anything else means the first page. */
export function parseOffset(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw || !/^\d{1,6}$/.test(raw)) return 0
  const offset = Number(raw)
  return offset - (offset % PAGE_SIZE)
}

/** The offsets of the newer and the older page, null where there is none. */
export function neighbours(offset: number, count: number): { newer: number | null; older: number | null } {
  return {
    newer: offset > 0 ? Math.max(0, Math.min(offset, Math.ceil(count / PAGE_SIZE) * PAGE_SIZE) - PAGE_SIZE) : null,
    older: offset + PAGE_SIZE < count ? offset + PAGE_SIZE : null,
  }
}
