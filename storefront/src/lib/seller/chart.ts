import { sumMoney } from "./money"

/** One UTC day of `GET /vendor/dashboard`'s sales; entries name their currency when the seller sold in several. */
export type SalesDay = { date: string; orders: number; amount: number; currency_code?: string }

/** One currency's days, oldest first, with the period's totals. */
export type SalesSeries = { currency: string; days: SalesDay[]; amount: number; orders: number }

/**
 * The dashboard's sales as one series per currency, in the API's order: a plain series is in `currency` (the
 * response's `currency_code`), entries that name their own currency are grouped by it. No currency (no sales in
 * the period) gives no series.
 */
export function salesSeries(sales: SalesDay[], currency?: string): SalesSeries[] {
  const groups = new Map<string, SalesDay[]>()
  for (const day of sales) {
    const code = day.currency_code ?? currency
    if (!code) continue
    const days = groups.get(code) ?? []
    days.push(day)
    groups.set(code, days)
  }
  return [...groups].map(([code, days]) => ({
    currency: code,
    days,
    amount: sumMoney(days.map((day) => day.amount)),
    orders: days.reduce((sum, day) => sum + day.orders, 0),
  }))
}

/**
 * Round axis values from 0 up to at least `max`, about `count` steps of 1, 2, 2.5 or 5 times a power of ten
 * (0, 20, 40, 60 for a maximum of 48). An empty chart still gets an axis: 0 and 1.
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1]
  const rough = max / count
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude
  const steps = Math.ceil(max / step - 1e-9)
  // Rounded to the cent: 0.1 * 3 is 0.30000000000000004 otherwise.
  return Array.from({ length: steps + 1 }, (_, index) => Math.round(index * step * 100) / 100)
}

/**
 * The chart's height and its margins in CSS pixels. Across, the chart spans its container and positions are
 * percentages, so the labels keep their size on a phone instead of shrinking with a scaled drawing.
 */
export type ChartBox = { height: number; top: number; bottom: number }

export const CHART_BOX: ChartBox = { height: 220, top: 24, bottom: 24 }

/** A day's bar: `x` and `width` in percent of the chart's width, `y` and `height` in pixels. */
export type Bar = { x: number; y: number; width: number; height: number; day: SalesDay }

export type ChartLayout = {
  bars: Bar[]
  /** Horizontal grid lines (pixels from the top) with their amounts. */
  ticks: { value: number; y: number }[]
  /** The days named under the axis (`x` in percent): today and every few days before it, so labels never crowd. */
  labels: { x: number; date: string; anchor: "start" | "middle" | "end" }[]
}

const round = (value: number) => Math.round(value * 100) / 100

/**
 * A bar per day, scaled to the highest tick. A day with sales keeps at least one pixel of height, so a small sale
 * next to large ones is still visible; a day without is a bar of height 0. The outermost labels align with their
 * bar's outer edge so they are not cut off.
 */
export function chartLayout(days: SalesDay[], box: ChartBox = CHART_BOX, maxLabels = 6): ChartLayout {
  const ticks = niceTicks(Math.max(0, ...days.map((day) => day.amount)))
  const top = ticks[ticks.length - 1]
  const plotHeight = box.height - box.top - box.bottom
  const baseline = box.top + plotHeight
  const band = 100 / Math.max(days.length, 1)
  const width = band * 0.7
  const bars = days.map((day, index) => {
    const height = day.amount > 0 ? Math.max(1, (plotHeight * day.amount) / top) : 0
    const x = band * index + (band - width) / 2
    return { x: round(x), y: round(baseline - height), width: round(width), height: round(height), day }
  })
  const every = Math.max(1, Math.ceil(days.length / maxLabels))
  const last = days.length - 1
  const labels = bars.flatMap(({ x, width: barWidth, day }, index): ChartLayout["labels"] => {
    if ((last - index) % every !== 0) return []
    if (last > 0 && index === last) return [{ x: round(x + barWidth), date: day.date, anchor: "end" }]
    if (last > 0 && index === 0) return [{ x, date: day.date, anchor: "start" }]
    return [{ x: round(x + barWidth / 2), date: day.date, anchor: "middle" }]
  })
  return { bars, ticks: ticks.map((value) => ({ value, y: round(baseline - (plotHeight * value) / top) })), labels }
}
