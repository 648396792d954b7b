import { describe, expect, it } from "vitest"

import { chartLayout, niceTicks, salesSeries, type SalesDay } from "./chart"

const day = (date: string, amount: number, orders = amount > 0 ? 1 : 0, currency_code?: string): SalesDay => ({
  date,
  amount,
  orders,
  ...(currency_code ? { currency_code } : {}),
})

describe("niceTicks", () => {
  it("steps in 1, 2, 2.5 or 5 times a power of ten up to at least the maximum", () => {
    expect(niceTicks(48)).toEqual([0, 20, 40, 60])
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100])
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500])
    expect(niceTicks(0.5)).toEqual([0, 0.2, 0.4, 0.6])
  })

  it("gives an empty chart an axis", () => {
    expect(niceTicks(0)).toEqual([0, 1])
    expect(niceTicks(Number.NaN)).toEqual([0, 1])
  })
})

describe("salesSeries", () => {
  it("keeps one currency's plain series, with its totals", () => {
    const sales = [day("2026-11-23", 0), day("2026-11-24", 48, 2)]
    expect(salesSeries(sales, "eur")).toEqual([{ currency: "eur", days: sales, amount: 48, orders: 2 }])
  })

  it("groups several currencies, in the API's order", () => {
    const sales = [
      day("2026-11-23", 10.1, 1, "eur"),
      day("2026-11-23", 0, 0, "gbp"),
      day("2026-11-24", 20.2, 1, "eur"),
      day("2026-11-24", 5, 1, "gbp"),
    ]
    const [eur, gbp] = salesSeries(sales)
    expect(eur).toMatchObject({ currency: "eur", amount: 30.3, orders: 2 })
    expect(eur.days.map((entry) => entry.date)).toEqual(["2026-11-23", "2026-11-24"])
    expect(gbp).toMatchObject({ currency: "gbp", amount: 5, orders: 1 })
  })

  it("has nothing to chart without sales (the API names no currency)", () => {
    expect(salesSeries([day("2026-11-23", 0), day("2026-11-24", 0)])).toEqual([])
  })
})

describe("chartLayout", () => {
  const box = { height: 140, top: 20, bottom: 20 }

  it("scales bars to the highest tick from the baseline", () => {
    const { bars, ticks } = chartLayout([day("2026-11-23", 0), day("2026-11-24", 48), day("2026-11-25", 15)], box)
    // 100 px of plot, ticks 0..60: 48 is 80 px, 15 is 25 px.
    expect(ticks).toEqual([
      { value: 0, y: 120 },
      { value: 20, y: 86.67 },
      { value: 40, y: 53.33 },
      { value: 60, y: 20 },
    ])
    expect(bars.map(({ y, height }) => ({ y, height }))).toEqual([
      { y: 120, height: 0 },
      { y: 40, height: 80 },
      { y: 95, height: 25 },
    ])
  })

  it("spreads bars evenly across the width, in percent", () => {
    const { bars } = chartLayout([day("2026-11-24", 1), day("2026-11-25", 1)], box)
    expect(bars.map(({ x, width }) => ({ x, width }))).toEqual([
      { x: 7.5, width: 35 },
      { x: 57.5, width: 35 },
    ])
  })

  it("keeps a tiny sale visible", () => {
    const { bars } = chartLayout([day("2026-11-24", 1000), day("2026-11-25", 0.01)], box)
    expect(bars[1].height).toBe(1)
  })

  it("labels today and every few days before it, the outer ones aligned inwards", () => {
    const days = Array.from({ length: 30 }, (_, index) => day(`2026-11-${String(index + 1).padStart(2, "0")}`, index))
    const { labels } = chartLayout(days, box)
    expect(labels.map((label) => label.date)).toEqual([
      "2026-11-05",
      "2026-11-10",
      "2026-11-15",
      "2026-11-20",
      "2026-11-25",
      "2026-11-30",
    ])
    expect(labels.at(-1)).toMatchObject({ anchor: "end", x: 99.5 })
    expect(labels[0].anchor).toBe("middle")
    const week = chartLayout(days.slice(0, 7), box).labels
    // Seven days, at most six labels: every other day, back from today.
    expect(week.map((label) => [label.date, label.anchor])).toEqual([
      ["2026-11-01", "start"],
      ["2026-11-03", "middle"],
      ["2026-11-05", "middle"],
      ["2026-11-07", "end"],
    ])
  })
})
