import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemo } from "../../../src/scripts/seed"
import { catalog } from "../../../src/scripts/seed/catalog"
import { demoSellerPassword, demoSellers } from "../../../src/scripts/seed/sellers"
import { UK_REGION } from "../../../src/scripts/seed/regions"
import { vatRates } from "../../../src/scripts/seed/store"
import { seedShop, Shop } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop

    beforeAll(async () => {
      // The whole demo, social part included, so that the seed's second run is checked on all of it.
      shop = await seedShop(getContainer(), { social: true })
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
        "product_collection",
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
        "seller",
        "seller_member",
        "moderation_entry",
        "seller_seller_product_product",
        "seller_seller_stock_location_stock_location",
        "profile",
        "post",
        "post_tag",
        "post_like",
        "post_comment",
        "follow",
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

      it("gives every product an approved seller that stocks it at its own location", async () => {
        const { rows: sellers } = await dbConnection.raw("select handle, status from seller where deleted_at is null order by handle")
        expect(sellers).toEqual(
          demoSellers.map((s) => ({ handle: s.handle, status: s.status })).sort((a, b) => a.handle.localeCompare(b.handle))
        )
        expect(sellers.filter((s: any) => s.status === "approved")).toHaveLength(3)

        const { rows: owners } = await dbConnection.raw(
          `select p.status, s.status as seller_status, count(*)::int as n from product p
           left join seller_seller_product_product sp on sp.product_id = p.id and sp.deleted_at is null
           left join seller s on s.id = sp.seller_id
           where p.deleted_at is null group by 1, 2 order by 1`
        )
        expect(owners).toEqual([
          { status: "proposed", seller_status: "approved", n: 2 },
          { status: "published", seller_status: "approved", n: catalog.reduce((n, c) => n + c.products.length, 0) },
        ])

        // Each level sits at the location of the seller owning the variant's product, none at the shared warehouse.
        const { rows: levels } = await dbConnection.raw(
          `select count(*)::int as total, count(sl.seller_id)::int as at_own_seller from inventory_level il
           join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
           join product_variant v on v.id = pvi.variant_id
           join seller_seller_product_product sp on sp.product_id = v.product_id and sp.deleted_at is null
           left join seller_seller_stock_location_stock_location sl
             on sl.stock_location_id = il.location_id and sl.seller_id = sp.seller_id and sl.deleted_at is null
           where il.deleted_at is null`
        )
        const { rows: variants } = await dbConnection.raw("select count(*)::int as n from product_variant where deleted_at is null")
        expect(levels[0]).toEqual({ total: variants[0].n, at_own_seller: variants[0].n })
      })

      it("lets every demo seller sign in with the login npm start prints", async () => {
        for (const seller of demoSellers) {
          const { data: auth } = await api.post("/auth/seller/emailpass", { email: seller.email, password: demoSellerPassword })
          const { data } = await api.get("/vendor/sellers/me", { headers: { authorization: `Bearer ${auth.token}` } })
          expect(data.seller).toEqual(expect.objectContaining({ handle: seller.handle, status: seller.status }))
        }
      })

      it("sets the VAT rate of every EU country and the UK", async () => {
        const { rows } = await dbConnection.raw(
          "select tr.country_code, r.rate from tax_region tr join tax_rate r on r.tax_region_id = tr.id where r.is_default"
        )
        const rates = Object.fromEntries(rows.map((r: any) => [r.country_code, Number(r.rate)]))

        // The EU's rates and the United Kingdom's (the second region, seed/regions.ts).
        expect(rates).toEqual({ ...vatRates, [UK_REGION.country]: UK_REGION.vatRate })
        expect(rates).toEqual(expect.objectContaining({ de: 19, at: 20, gr: 24, fr: 20, it: 22, es: 21, nl: 21 }))
      })
    })
  },
})
