import { HalfLifeRanking } from "../ranking/half-life/service"

const HOUR = 3_600_000
const at = new Date("2026-11-24T12:00:00Z").getTime()
const post = (hoursAgo: number, signals: Partial<{ likes: number; comments: number; clicks: number; purchases: number }> = {}) => ({
  id: "post",
  likes: 0,
  comments: 0,
  clicks: 0,
  purchases: 0,
  ...signals,
  posted_at: new Date(at - hoursAgo * HOUR),
})

describe("half-life ranking", () => {
  const ranking = new HalfLifeRanking({}, {})

  it("halves a post's heat every half-life: one score point per doubling of (1 + engagement)", () => {
    expect(ranking.score(post(0, { likes: 3 })) - ranking.score(post(0, { likes: 1 }))).toBeCloseTo(1)
    expect(ranking.score(post(0, { likes: 1 })) - ranking.score(post(12, { likes: 1 }))).toBeCloseTo(1)
  })

  it("ranks a fresh post with some engagement above an old one with more", () => {
    expect(ranking.score(post(1, { likes: 2 }))).toBeGreaterThan(ranking.score(post(48, { likes: 10, comments: 3 })))
    expect(ranking.score(post(1, { likes: 10 }))).toBeGreaterThan(ranking.score(post(1, { likes: 2 })))
  })

  it("weighs comments, product clicks and purchases above likes, as configured", () => {
    const base = ranking.score(post(0))
    const gain = (signals: object) => ranking.score(post(0, signals)) - base
    expect(gain({ comments: 1 })).toBeCloseTo(Math.log2(3))
    expect(gain({ clicks: 1 })).toBeCloseTo(Math.log2(4))
    expect(gain({ purchases: 1 })).toBeCloseTo(Math.log2(9))
    const custom = new HalfLifeRanking({}, { hours: 6, weights: { like: 4 } })
    expect(custom.score(post(0, { likes: 1 })) - custom.score(post(0))).toBeCloseTo(Math.log2(5))
    expect(custom.score(post(0)) - custom.score(post(6))).toBeCloseTo(1)
  })

  it("refuses options that cannot rank", () => {
    expect(() => HalfLifeRanking.validateOptions({ hours: 0 })).toThrow("hours must be above 0")
    expect(() => HalfLifeRanking.validateOptions({ weights: { like: -1 } })).toThrow("weights.like must be 0 or more")
  })
})
