// What a review may hold, as the Store API checks it (POST /store/reviews). Apart from the zod schemas, so the
// browser's code gets the numbers without the validation library.
export const TITLE_MAX = 120
export const BODY_MAX = 2000
export const PHOTOS_MAX = 6
export const NOTE_MAX = 500
/** The live count starts speaking when this many characters are left. */
export const BODY_WARN_AT = 100

export const RATINGS = [1, 2, 3, 4, 5] as const
export type Rating = (typeof RATINGS)[number]

export const SORTS = ["newest", "helpful"] as const
export type ReviewSort = (typeof SORTS)[number]

export const REPORT_REASONS = ["spam", "offensive", "off_topic", "fake", "other"] as const
export type ReportReason = (typeof REPORT_REASONS)[number]
