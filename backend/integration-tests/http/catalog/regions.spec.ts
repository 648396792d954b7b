import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { catalog } from "../../../src/scripts/seed/catalog"
import { seedDemo } from "../../../src/scripts/seed"
import { seedSecondRegion, toGbp, UK_REGION } from "../../../src/scripts/seed/regions"
import { explained, Shop } from "../../helpers/store"

jest.setTimeout(120_000)

const london = {
  first_name: "Amelia",
  last_name: "Hughes",
  address_1: "12 Camden High Street",
  city: "London",
  postal_code: "NW1 0JH",
  country_code: "gb",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let ukRegionId: string
    const variants = catalog.reduce((n, c) => n + c.products.length * c.option.values.length, 0)
    const ok = explained(api)

    const counts = async () => {
      const { rows } = await dbConnection.raw(
        `select
           (select count(*) from region where name = ? and deleted_at is null)::int as regions,
           (select count(*) from region_country where iso_2 = ? and region_id is not null)::int as countries,
           (select count(*) from store_currency where currency_code = ? and deleted_at is null)::int as currencies,
           (select count(*) from tax_region where country_code = ? and deleted_at is null)::int as tax_regions,
           (select count(*) from service_zone where name = ? and deleted_at is null)::int as zones,
           (select count(*) from shipping_option o join service_zone z on z.id = o.service_zone_id
             where z.name = ? and o.deleted_at is null)::int as shipping_options,
           (select count(*) from price where currency_code = ? and deleted_at is null)::int as prices`,
        [UK_REGION.name, UK_REGION.country, UK_REGION.currency, UK_REGION.country, UK_REGION.serviceZone, UK_REGION.serviceZone, UK_REGION.currency]
      )
      return rows[0]
    }

    beforeAll(async () => {
      // seedDemo runs the step once; running it again must change nothing.
      const setup = await seedDemo(getContainer(), { social: false })
      shop = { regionId: setup.regionId, headers: { "x-publishable-api-key": setup.publishableKey } }
      const before = await counts()
      ukRegionId = await seedSecondRegion(getContainer(), setup, () => {})
      expect(await counts()).toEqual(before)
    })

    it("creates the region, its currency, tax region, delivery and GBP prices exactly once", async () => {
      expect(await counts()).toEqual({
        regions: 1,
        countries: 1,
        currencies: 1,
        tax_regions: 1,
        zones: 1,
        shipping_options: 2,
        // The catalog variants, then each shipping option by currency and by region.
        prices: variants + 4,
      })
      const { rows: rates } = await dbConnection.raw(
        "select r.rate from tax_rate r join tax_region tr on tr.id = r.tax_region_id where tr.country_code = 'gb' and r.is_default"
      )
      expect(rates.map((r: any) => Number(r.rate))).toEqual([20])
      // Adding GBP kept EUR the default currency and both prices tax-inclusive.
      const { rows: currencies } = await dbConnection.raw(
        `select c.currency_code, c.is_default, p.is_tax_inclusive from store_currency c
         join price_preference p on p.attribute = 'currency_code' and p.value = c.currency_code and p.deleted_at is null
         where c.deleted_at is null order by c.currency_code`
      )
      expect(currencies).toEqual([
        { currency_code: "eur", is_default: true, is_tax_inclusive: true },
        { currency_code: "gbp", is_default: false, is_tax_inclusive: true },
      ])
    })

    it("lists the region with its country and prices every catalog product in GBP", async () => {
      const { data: regions } = await ok.get("/store/regions?fields=id,name,currency_code,countries.iso_2", { headers: shop.headers })
      expect(regions.regions.find((r: any) => r.id === ukRegionId)).toEqual(
        expect.objectContaining({ name: "United Kingdom", currency_code: "gbp", countries: [expect.objectContaining({ iso_2: "gb" })] })
      )

      const { data } = await ok.get(`/store/products?limit=100&region_id=${ukRegionId}&fields=handle,*variants.calculated_price`, {
        headers: shop.headers,
      })
      const prices = data.products.flatMap((p: any) => p.variants.map((v: any) => v.calculated_price))
      expect(prices).toHaveLength(variants)
      for (const price of prices) {
        expect(price).toEqual(expect.objectContaining({ currency_code: "gbp", is_calculated_price_tax_inclusive: true }))
        expect(price.calculated_amount).toBeGreaterThan(0)
      }
      const oil = data.products.find((p: any) => p.handle === "cretan-olive-oil")
      expect(oil.variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual([toGbp(14), toGbp(14.8)].sort())
    })

    it("checks out to Great Britain in GBP with UK delivery and 20 % VAT included", async () => {
      const headers = { headers: shop.headers }
      const { data: product } = await ok.get("/store/products?handle=cretan-olive-oil&fields=variants.id,variants.title", headers)
      const variant = product.products[0].variants.find((v: any) => v.title === "250 g")
      const { data: created } = await ok.post("/store/carts", { region_id: ukRegionId }, headers)
      const cartId = created.cart.id
      await ok.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 2 }, headers)
      await ok.post(`/store/carts/${cartId}`, { email: "amelia@example.com", shipping_address: london, billing_address: london }, headers)

      const { data: shipping } = await ok.get(`/store/shipping-options?cart_id=${cartId}`, headers)
      expect(shipping.shipping_options.map((o: any) => [o.name, o.amount]).sort()).toEqual([
        ["Express", 14.9],
        ["Standard", 5.9],
      ])
      const standard = shipping.shipping_options.find((o: any) => o.name === "Standard")
      await ok.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, headers)
      const { data: collection } = await ok.post("/store/payment-collections", { cart_id: cartId }, headers)
      await ok.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      const { data: completed } = await ok.post(`/store/carts/${cartId}/complete`, {}, headers)

      expect(completed.type).toEqual("order")
      const order = completed.order
      expect(order.currency_code).toEqual("gbp")
      expect(order.item_total).toBeCloseTo(2 * toGbp(14), 2)
      // Prices include VAT: 20 % on top of the net amount is a sixth of the gross.
      expect(order.item_tax_total).toBeCloseTo((2 * toGbp(14)) / 6, 2)
      expect(order.shipping_total).toBeCloseTo(5.9, 2)
    })

    it("re-prices a cart moved to the region, and refuses the move when a line has no GBP price", async () => {
      const headers = { headers: shop.headers }
      const { data: product } = await ok.get("/store/products?handle=wildflower-honey&fields=variants.id", headers)
      const { data: created } = await ok.post("/store/carts", { region_id: shop.regionId }, headers)
      const cartId = created.cart.id
      await ok.post(`/store/carts/${cartId}/line-items`, { variant_id: product.products[0].variants[0].id, quantity: 1 }, headers)

      const { data: moved } = await ok.post(`/store/carts/${cartId}?fields=currency_code,region_id,*items`, { region_id: ukRegionId }, headers)
      expect(moved.cart).toEqual(expect.objectContaining({ region_id: ukRegionId, currency_code: "gbp" }))
      expect(moved.cart.items[0].unit_price).toEqual(toGbp(9.5))

      // A seller's product priced in EUR only.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Default Sales Channel" } })
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Euro Only Jam",
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Size", values: ["200 g"] }],
              variants: [{ title: "200 g", options: { Size: "200 g" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 5 }] }],
              sales_channels: [{ id: channels[0].id }],
            },
          ],
        },
      })
      const { data: euroCart } = await ok.post("/store/carts", { region_id: shop.regionId }, headers)
      await ok.post(`/store/carts/${euroCart.cart.id}/line-items`, { variant_id: result[0].variants[0].id, quantity: 1 }, headers)

      const refused = await api.post(`/store/carts/${euroCart.cart.id}`, { region_id: ukRegionId }, headers).catch((e: any) => e.response)
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toMatch(/price/i)
      const { data: unchanged } = await ok.get(`/store/carts/${euroCart.cart.id}?fields=region_id,currency_code`, headers)
      expect(unchanged.cart).toEqual(expect.objectContaining({ region_id: shop.regionId, currency_code: "eur" }))
    })
  },
})
