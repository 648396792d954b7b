import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemo } from "../../../src/scripts/seed"
import { catalog } from "../../../src/scripts/seed/catalog"
import { vatRates } from "../../../src/scripts/seed/store"
import { seedShop, Shop } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    describe("GET /store/products", () => {
      it("lists the seeded catalog with EUR prices for the region", async () => {
        const { status, data } = await api.get(
          `/store/products?limit=100&region_id=${shop.regionId}&fields=*variants.calculated_price,*categories`,
          { headers: shop.headers }
        )

        expect(status).toEqual(200)
        expect(data.count).toBeGreaterThanOrEqual(60)
        expect(data.products).toHaveLength(data.count)
        const categories = new Set(data.products.flatMap((p: any) => p.categories.map((c: any) => c.handle)))
        expect(categories.size).toBeGreaterThanOrEqual(6)
        for (const product of data.products) {
          expect(product.thumbnail).toMatch(/^http:\/\/localhost:9000\/static\/.+\.png$/)
          expect(product.variants.length).toBeGreaterThan(0)
          for (const variant of product.variants) {
            expect(variant.calculated_price.currency_code).toEqual("eur")
            expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
          }
        }
      })

      it("finds one product by handle with its variants and options", async () => {
        const { data } = await api.get("/store/products?handle=cretan-olive-oil", { headers: shop.headers })

        expect(data.products).toHaveLength(1)
        expect(data.products[0]).toEqual(
          expect.objectContaining({
            title: "Cretan Olive Oil",
            options: [expect.objectContaining({ title: "Size" })],
            variants: expect.arrayContaining([expect.objectContaining({ title: "250 g" })]),
          })
        )
      })

      it("refuses requests without a publishable key", async () => {
        const error = await api.get("/store/products").catch((e: any) => e)

        expect(error.response.status).toEqual(400)
        expect(error.response.data.message).toMatch(/Publishable API key required/)
      })
    })

    describe("GET /store/product-categories", () => {
      it("lists every seeded category", async () => {
        const { data } = await api.get("/store/product-categories?limit=50", { headers: shop.headers })

        expect(data.product_categories.map((c: any) => c.handle).sort()).toEqual(
          catalog.map((c) => c.handle).sort()
        )
      })
    })

    describe("seed", () => {
      const tables = [
        "product",
        "product_variant",
        "price",
        "image",
        "product_category",
        "region",
        "region_country",
        "tax_region",
        "tax_rate",
        "sales_channel",
        "api_key",
        "stock_location",
        "inventory_item",
        "inventory_level",
        "fulfillment_set",
        "service_zone",
        "shipping_option",
        "shipping_profile",
        '"user"',
        "customer",
        "provider_identity",
      ]
      const counts = async () => {
        const row = await dbConnection.raw(
          `select ${tables.map((t) => `(select count(*) from ${t} where deleted_at is null)::int as ${t.replaceAll('"', "")}`).join(", ")}`
        )
        return row.rows[0]
      }

      it("changes nothing when it runs a second time", async () => {
        const before = await counts()
        const { data: storeBefore } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "store", fields: ["updated_at"] })

        await seedDemo(getContainer())

        expect(await counts()).toEqual(before)
        const { data: storeAfter } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "store", fields: ["updated_at"] })
        expect(storeAfter[0].updated_at).toEqual(storeBefore[0].updated_at)
        expect(before.product).toBeGreaterThanOrEqual(60)
      })

      it("sets the VAT rate of every EU country", async () => {
        const { rows } = await dbConnection.raw(
          "select tr.country_code, r.rate from tax_region tr join tax_rate r on r.tax_region_id = tr.id where r.is_default"
        )
        const rates = Object.fromEntries(rows.map((r: any) => [r.country_code, Number(r.rate)]))

        expect(rates).toEqual(vatRates)
        expect(rates).toEqual(expect.objectContaining({ de: 19, at: 20, gr: 24, fr: 20, it: 22, es: 21, nl: 21 }))
      })
    })
  },
})
