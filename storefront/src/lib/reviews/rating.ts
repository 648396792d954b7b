// A rating summary as stars, numbers and histogram rows, on the server and in the browser.
import { RATINGS, type Rating } from "./limits"

/** A product's or seller's reviews in numbers (the Store API's RatingSummary). */
export type RatingSummary = {
  /** 0..5 with two decimals; 0 when there are no reviews. */
  average: number
  count: number
  histogram: Record<"1" | "2" | "3" | "4" | "5", number>
}

export type StarFill = "full" | "half" | "empty"

/** Five stars for an average, to the nearest half star: 4.26 → four and a half, 4.24 → four. */
export function starFills(average: number): StarFill[] {
  const rounded = Math.round(Math.min(Math.max(average, 0), 5) * 2) / 2
  return RATINGS.map((star) => (rounded >= star ? "full" : rounded >= star - 0.5 ? "half" : "empty"))
}

/** The average with one decimal in the locale's digits: "4.3" (en), "4,3" (de). */
export function formatAverage(average: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}

/** A share (0..1) as a whole percentage in the locale's way: "92%" (en), "92 %" (de). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share)
}

export type HistogramRow = { stars: Rating; count: number; share: number }

/** One row per star count, five first; each row's share of all reviews (0 when there are none). */
export function histogramRows(summary: Pick<RatingSummary, "histogram">): HistogramRow[] {
  const countOf = (stars: Rating) => Math.max(0, summary.histogram[`${stars}`] ?? 0)
  // The rows' own total: the shares then add up to 100 % even if the summary's count lags a moment behind.
  const total = RATINGS.reduce((sum, stars) => sum + countOf(stars), 0)
  return [...RATINGS].reverse().map((stars) => ({ stars, count: countOf(stars), share: total ? countOf(stars) / total : 0 }))
}

/** Whether a summary has anything to show: null (never reviewed) and a count of 0 do not. */
export function hasRatings(summary: RatingSummary | null | undefined): summary is RatingSummary {
  return Boolean(summary && summary.count > 0)
}
