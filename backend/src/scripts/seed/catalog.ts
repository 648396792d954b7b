// The demo catalog: 6 categories of 11 products each. Prices are in major units (EUR).

export type CatalogOption = { title: string; values: string[]; surcharge: number[] }

export type CatalogCategory = {
  name: string
  handle: string
  option: CatalogOption
  products: [title: string, price: number, description: string][]
}

export const catalog: CatalogCategory[] = [
  {
    name: "Pantry",
    handle: "pantry",
    option: { title: "Size", values: ["250 g", "500 g"], surcharge: [0, 0.8] },
    products: [
      ["Wildflower Honey", 9.5, "Raw honey from hives on Alpine meadows, cold-extracted and unfiltered."],
      ["Cretan Olive Oil", 14, "Early-harvest extra virgin olive oil from Koroneiki olives, peppery and green."],
      ["Sea Salt Flakes", 6.5, "Hand-harvested salt flakes from the Aegean, crisp and mild."],
      ["Fig Jam", 7.2, "Slow-cooked figs with a hint of lemon, made in small batches."],
      ["Sourdough Crackers", 5.9, "Thin crackers from a twenty-year-old sourdough starter and rye."],
      ["Smoked Paprika", 4.8, "Oak-smoked sweet paprika from Extremadura."],
      ["Dark Chocolate Bar", 4.5, "72 % bean-to-bar chocolate from a small Viennese maker."],
      ["Pistachio Spread", 11.9, "Sicilian pistachios ground smooth with a little cane sugar."],
      ["Thyme Honey", 12.5, "Dense, aromatic thyme honey from the mountains of Crete."],
      ["Balsamic Vinegar", 16, "Aged six years in oak and cherry barrels in Modena."],
      ["Mountain Oregano", 3.9, "Wild oregano bundles, sun-dried on the Peloponnese."],
    ],
  },
  {
    name: "Coffee & Tea",
    handle: "coffee-tea",
    option: { title: "Size", values: ["250 g", "1 kg"], surcharge: [0, 2.6] },
    products: [
      ["Espresso Blend", 11.5, "Chocolatey espresso roast from a Hamburg micro-roastery."],
      ["Ethiopia Single Origin", 13.9, "Washed Yirgacheffe with notes of jasmine and bergamot."],
      ["Colombia Decaf", 12.2, "Sugarcane-process decaf that still tastes like coffee."],
      ["Greek Mountain Tea", 6.9, "Sideritis from Mount Olympus, mellow and caffeine-free."],
      ["Chamomile Blossoms", 5.5, "Whole chamomile flowers from organic farms in Slovenia."],
      ["Earl Grey", 7.4, "Assam and Ceylon black tea with cold-pressed bergamot oil."],
      ["Sencha Green Tea", 9.8, "Steamed Japanese-style green tea grown in the Azores."],
      ["Chai Spice Mix", 6.2, "Cardamom, cinnamon, ginger and clove for stovetop chai."],
      ["Cold Brew Pack", 10.5, "Coarse-ground beans in filter bags for overnight cold brew."],
      ["Drinking Chocolate", 8.9, "Shaved dark chocolate for a thick Italian-style cup."],
      ["Peppermint Leaves", 4.9, "Whole peppermint leaves from the Black Forest."],
    ],
  },
  {
    name: "Home",
    handle: "home",
    option: { title: "Colour", values: ["Sand", "Olive", "Charcoal"], surcharge: [0, 0, 2] },
    products: [
      ["Stoneware Mug", 18, "Wheel-thrown mug with a satin glaze, 350 ml."],
      ["Linen Napkins", 24, "Set of four stonewashed linen napkins from Lithuania."],
      ["Olive Wood Board", 32, "Serving board cut from a single piece of Greek olive wood."],
      ["Beeswax Candle", 14.5, "Hand-poured pure beeswax pillar with a cotton wick."],
      ["Woven Basket", 39, "Seagrass basket woven by a cooperative in Portugal."],
      ["Stoneware Bowl", 22, "Deep bowl for soups and salads, dishwasher safe."],
      ["Cotton Throw", 69, "Heavy cotton throw woven on traditional looms."],
      ["Glass Carafe", 27, "Mouth-blown carafe from a Bohemian glassworks, 1 l."],
      ["Herb Planter", 29, "Terracotta planter with a drainage saucer."],
      ["Tea Towel Set", 19.5, "Two waffle-weave tea towels that dry fast."],
      ["Brass Bottle Opener", 16, "Solid brass opener that will outlive us all."],
    ],
  },
  {
    name: "Fashion",
    handle: "fashion",
    option: { title: "Size", values: ["S", "M", "L"], surcharge: [0, 0, 0] },
    products: [
      ["Merino Beanie", 35, "Rib-knit beanie from undyed Merino wool."],
      ["Linen Shirt", 79, "Relaxed shirt in washed European linen."],
      ["Canvas Tote", 29, "Heavy organic canvas tote with an inside pocket."],
      ["Leather Belt", 55, "Vegetable-tanned leather belt with a brass buckle."],
      ["Wool Scarf", 49, "Lambswool scarf woven in the Scottish Borders."],
      ["Organic T-Shirt", 32, "Mid-weight organic cotton tee, made in Portugal."],
      ["Denim Jacket", 129, "Selvedge denim jacket that fades with you."],
      ["Knit Sweater", 98, "Chunky crew-neck in British wool."],
      ["Cotton Socks", 12, "Two pairs of combed cotton socks."],
      ["Leather Wallet", 45, "Slim bifold wallet, hand-stitched."],
      ["Straw Hat", 42, "Wide-brim hat plaited from natural straw."],
    ],
  },
  {
    name: "Beauty",
    handle: "beauty",
    option: { title: "Size", values: ["50 ml", "100 ml"], surcharge: [0, 4] },
    products: [
      ["Olive Oil Soap", 6.5, "Cold-process soap with Cretan olive oil."],
      ["Lavender Hand Cream", 13, "Rich hand cream with Provençal lavender."],
      ["Rose Face Oil", 28, "Bulgarian rose and rosehip seed oil."],
      ["Clay Face Mask", 17, "French green clay with a little honey."],
      ["Lip Balm", 5.5, "Beeswax and shea butter in a tin."],
      ["Shampoo Bar", 11, "Plastic-free shampoo bar for every hair type."],
      ["Coffee Body Scrub", 16, "Spent espresso grounds with sugar and almond oil."],
      ["Beard Oil", 19, "Jojoba and cedarwood for a soft beard."],
      ["Mineral Sun Cream", 21, "SPF 30 zinc sun cream that rubs in clear."],
      ["Bath Salts", 12.5, "Dead Sea salts with eucalyptus."],
      ["Natural Deodorant", 9.9, "Baking-soda-free deodorant balm."],
    ],
  },
  {
    name: "Kids",
    handle: "kids",
    option: { title: "Edition", values: ["Standard", "Gift box"], surcharge: [0, 5] },
    products: [
      ["Wooden Blocks", 34, "Thirty beech blocks with rounded edges."],
      ["Plush Bear", 27, "Organic cotton bear, machine washable."],
      ["Picture Book", 16, "A bilingual picture book about a fox who bakes bread."],
      ["Crayon Set", 12, "Beeswax crayons in twelve colours."],
      ["Europe Map Puzzle", 24, "A 100-piece puzzle of the map of Europe."],
      ["Wooden Train", 39, "Push-along train with magnetic couplings."],
      ["Knitted Bunny", 29, "Hand-knitted bunny from soft alpaca yarn."],
      ["Stacking Rings", 19, "Rainbow stacking rings in solid wood."],
      ["Diamond Kite", 22, "Ripstop kite that flies in light wind."],
      ["Memory Game", 15, "Forty illustrated cards of European animals."],
      ["Rocking Horse", 149, "Classic rocking horse in birch plywood."],
    ],
  },
]

export function toHandle(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/** One variant per option value, priced in EUR with the value's surcharge. */
export function catalogVariants(option: CatalogOption, handle: string, price: number) {
  return option.values.map((value, i) => ({
    title: value,
    sku: `${handle}-${toHandle(value)}`.toUpperCase(),
    options: { [option.title]: value },
    prices: [{ currency_code: "eur", amount: Math.round((price + option.surcharge[i]) * 100) / 100 }],
  }))
}
