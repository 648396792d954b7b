// The post forms' limits, apart from the schemas so the browser's forms get them without zod.

/** Longest comment and report note, after trimming (docs/API.md). */
export const COMMENT_MAX = 1000
export const NOTE_MAX = 1000

export const REPORT_REASONS = ["spam", "offensive", "counterfeit", "misleading", "other"] as const
export type ReportReason = (typeof REPORT_REASONS)[number]
