import { describe, expect, it } from "vitest"

import { groupBySeller } from "./group"

describe("groupBySeller", () => {
  it("keeps each seller's lines together, in order of appearance, unknown sellers last", () => {
    const sellers = new Map([
      ["prod_honey", { id: "sel_bee", name: "Bee Farm" }],
      ["prod_oil", { id: "sel_olive", name: "Olive Grove" }],
      ["prod_wax", { id: "sel_bee", name: "Bee Farm" }],
    ])
    const lines = [
      { id: "a", product_id: "prod_oil" },
      { id: "b", product_id: "prod_gone" },
      { id: "c", product_id: "prod_honey" },
      { id: "d", product_id: "prod_wax" },
    ]
    expect(groupBySeller(lines, sellers).map(({ seller, lines }) => [seller?.id ?? null, lines.map((l) => l.id)])).toEqual([
      ["sel_olive", ["a"]],
      ["sel_bee", ["c", "d"]],
      [null, ["b"]],
    ])
  })
})
