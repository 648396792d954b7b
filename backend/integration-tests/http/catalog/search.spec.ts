import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { approveSeller, failure, listApprovedProduct, productBody, registerSeller, signInAdmin } from "../../helpers/marketplace"
import { explained, seedShop, Shop } from "../../helpers/store"
import { demoCollections, seedCollections } from "../../../src/scripts/seed/collections"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const ok = explained(api)
    let shop: Shop
    let sellerId: string
    let suspendedId: string
    // The test seller's listed products: price in EUR, units in stock.
    const listed = { cheap: "", soldOut: "", dear: "", wildcard: "" }
    const hidden = { proposed: "", rejected: "", suspended: "" }
    // A collection of three listed products, a rejected one and a product of the seed's catalog.
    let collectionId: string
    let seededInCollection: string

    const search = async (params: Record<string, string | number>) => {
      const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
      const { data } = await ok.get(`/store/catalog?${query}`, { headers: shop.headers })
      return { ids: data.products.map((p: { id: string }) => p.id) as string[], count: data.count as number, data }
    }
    // Each product's cheapest variant price as GET /store/products shows it.
    const cheapest = async (ids: string[]) => {
      const query = ids.map((id) => `id[]=${id}`).join("&")
      const { data } = await ok.get(`/store/products?${query}&limit=${ids.length}&region_id=${shop.regionId}&fields=id,*variants.calculated_price`, {
        headers: shop.headers,
      })
      return new Map<string, number>(
        data.products.map((p: any) => [p.id, Math.min(...p.variants.map((v: any) => v.calculated_price.calculated_amount))])
      )
    }
    const mine = (params: Record<string, string | number> = {}) => search({ seller_id: sellerId, region_id: shop.regionId, ...params })

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const admin = await signInAdmin(api)
      // The seller's name is in no product's title or description: only a seller-name search finds it.
      const seller = await registerSeller(api, "catalog-search-test", "Xylophonwerkstatt Lind")
      await approveSeller(api, admin, seller.id)
      sellerId = seller.id
      listed.cheap = (await listApprovedProduct(api, admin, seller, "Search Test Cheap Spoon", 3.5, 5)).id
      listed.soldOut = (await listApprovedProduct(api, admin, seller, "Search Test Sold Out Bowl", 47.25, 0)).id
      listed.dear = (await listApprovedProduct(api, admin, seller, "Search Test Dear Cabinet", 912, 2)).id
      listed.wildcard = (await listApprovedProduct(api, admin, seller, "Search Test 100% Pure_Oak", 10, 1)).id

      const proposed = await ok.post("/vendor/products", productBody("Search Test Proposed Zorblat", 5, 5), { headers: seller.headers })
      hidden.proposed = proposed.data.product.id
      const rejected = await ok.post("/vendor/products", productBody("Search Test Rejected Zorblat", 5, 5), { headers: seller.headers })
      hidden.rejected = rejected.data.product.id
      await ok.post(`/admin/moderation/products/${hidden.rejected}`, { decision: "reject", reason: "Blurry photos" }, { headers: admin.headers })

      const suspended = await registerSeller(api, "catalog-search-suspended", "Suspended Zorblats")
      await approveSeller(api, admin, suspended.id)
      suspendedId = suspended.id
      hidden.suspended = (await listApprovedProduct(api, admin, suspended, "Search Test Suspended Zorblat", 5, 5)).id
      await ok.post(`/admin/sellers/${suspended.id}/suspend`, { reason: "Unanswered complaints" }, { headers: admin.headers })

      const { data: collection } = await ok.post(
        "/admin/collections",
        { title: "Search Test Picks", handle: "search-test-picks" },
        { headers: admin.headers }
      )
      collectionId = collection.collection.id
      const { data: seeded } = await ok.get("/store/products?handle=fig-jam&fields=id", { headers: shop.headers })
      seededInCollection = seeded.products[0].id
      await ok.post(
        `/admin/collections/${collectionId}/products`,
        { add: [listed.cheap, listed.soldOut, listed.dear, hidden.rejected, seededInCollection] },
        { headers: admin.headers }
      )
    })

    describe("GET /store/catalog", () => {
      it("lists what GET /store/products lists, no more and no less", async () => {
        const catalog = await search({ limit: 50 })
        const { data: store } = await ok.get("/store/products?limit=1", { headers: shop.headers })

        expect(catalog.count).toEqual(store.count)
        expect(catalog.count).toBeGreaterThanOrEqual(64)
        expect(catalog.data).toEqual({ products: expect.any(Array), count: catalog.count, offset: 0, limit: 50 })
        expect(catalog.ids).toHaveLength(50)
      })

      it("never shows a proposed or rejected product, or a suspended seller's", async () => {
        const all = await search({ q: "Search Test", limit: 50 })

        expect(all.ids.sort()).toEqual(Object.values(listed).sort())
        for (const id of Object.values(hidden)) expect(all.ids).not.toContain(id)
        expect((await search({ q: "zorblat" })).count).toEqual(0)
        expect(await search({ seller_id: suspendedId })).toMatchObject({ ids: [], count: 0 })
      })

      it("filters by price range in the region's currency, bounds included", async () => {
        expect((await mine({ min_price: 3, max_price: 50 })).ids.sort()).toEqual([listed.cheap, listed.wildcard, listed.soldOut].sort())
        expect((await mine({ min_price: 3.5, max_price: 3.5 })).ids).toEqual([listed.cheap])
        expect((await mine({ max_price: 3.49 })).ids).toEqual([])
        expect((await mine({ min_price: 100 })).ids).toEqual([listed.dear])
        expect((await mine({ min_price: 912.01 })).count).toEqual(0)
      })

      it("matches the prices the Store API shows across the catalog", async () => {
        const { data } = await ok.get(`/store/products?limit=100&region_id=${shop.regionId}&fields=id,*variants.calculated_price`, {
          headers: shop.headers,
        })
        const inRange = data.products
          .filter((p: any) => p.variants.some((v: any) => v.calculated_price.calculated_amount >= 10 && v.calculated_price.calculated_amount <= 20))
          .map((p: any) => p.id)

        const catalog = await search({ region_id: shop.regionId, min_price: 10, max_price: 20, limit: 50 })
        expect(catalog.count).toBeGreaterThan(1)
        expect(catalog.ids.sort()).toEqual(inRange.sort())
      })

      it("with in_stock=true leaves out a sold-out product", async () => {
        const inStock = await mine({ in_stock: "true" })

        expect(inStock.ids.sort()).toEqual([listed.cheap, listed.dear, listed.wildcard].sort())
        expect((await mine({ in_stock: "false" })).count).toEqual(4)
        // The variant in the range has to be the one in stock.
        expect((await mine({ in_stock: "true", min_price: 40, max_price: 50 })).count).toEqual(0)
      })

      it("finds products by the seller's name, every word somewhere", async () => {
        expect((await search({ q: "xylophonWERKSTATT" })).ids.sort()).toEqual(Object.values(listed).sort())
        expect((await search({ q: "lind cabinet" })).ids).toEqual([listed.dear])
        expect((await search({ q: "Xylophonwerkstatt nowhere-to-be-found" })).count).toEqual(0)
      })

      it("sorts by the cheapest variant's price both ways", async () => {
        const ascending = [listed.cheap, listed.wildcard, listed.soldOut, listed.dear]

        expect((await mine({ sort: "price_asc" })).ids).toEqual(ascending)
        expect((await mine({ sort: "price_desc" })).ids).toEqual([...ascending].reverse())
        // Across the catalog the order follows the prices the Store API shows.
        const { ids } = await search({ region_id: shop.regionId, sort: "price_asc", limit: 50 })
        const shown = await cheapest(ids)
        expect(ids.map((id) => shown.get(id))).toEqual(ids.map((id) => shown.get(id)).sort((a, b) => a! - b!))
      })

      it("pages with a stable count and no product twice", async () => {
        const first = await mine({ sort: "title", limit: 3 })
        const second = await mine({ sort: "title", limit: 3, offset: 3 })
        const past = await mine({ sort: "title", limit: 3, offset: 6 })

        expect([first.count, second.count, past.count]).toEqual([4, 4, 4])
        expect(first.ids).toHaveLength(3)
        expect(second.ids).toHaveLength(1)
        expect(past.ids).toEqual([])
        expect([...first.ids, ...second.ids].sort()).toEqual(Object.values(listed).sort())
        expect(second.data).toMatchObject({ offset: 3, limit: 3 })
      })

      it("sorts newest and oldest by creation", async () => {
        const created = [listed.cheap, listed.soldOut, listed.dear, listed.wildcard]

        expect((await mine()).ids).toEqual([...created].reverse())
        expect((await mine({ sort: "oldest" })).ids).toEqual(created)
      })

      it("narrows to a category as the store list does", async () => {
        const { data } = await ok.get("/store/product-categories?limit=1&fields=id", { headers: shop.headers })
        const categoryId = data.product_categories[0].id
        const { data: store } = await ok.get(`/store/products?limit=1&category_id[]=${categoryId}`, { headers: shop.headers })

        const catalog = await search({ category_id: categoryId, limit: 50 })
        expect(catalog.count).toBeGreaterThan(0)
        expect(catalog.count).toEqual(store.count)
      })

      it("narrows to a collection, hiding what the store hides", async () => {
        const picks = await search({ collection_id: collectionId, limit: 50 })
        const { data: store } = await ok.get(`/store/products?limit=50&fields=id&collection_id[]=${collectionId}`, {
          headers: shop.headers,
        })

        expect(picks.ids.sort()).toEqual([listed.cheap, listed.soldOut, listed.dear, seededInCollection].sort())
        expect(picks.count).toEqual(4)
        expect(store.products.map((p: { id: string }) => p.id).sort()).toEqual(picks.ids.sort())
      })

      it("combines a collection with price, stock, search, seller, sorting and paging", async () => {
        const picks = (params: Record<string, string | number>) => mine({ collection_id: collectionId, ...params })

        expect((await picks({ max_price: 50 })).ids.sort()).toEqual([listed.cheap, listed.soldOut].sort())
        expect((await picks({ max_price: 50, in_stock: "true" })).ids).toEqual([listed.cheap])
        expect((await picks({ sort: "price_desc" })).ids).toEqual([listed.dear, listed.soldOut, listed.cheap])
        expect((await picks({ q: "cabinet" })).ids).toEqual([listed.dear])
        // The wildcard product is the seller's, not the collection's; fig jam is the collection's, not the seller's.
        expect((await picks({ q: "pure_oak" })).count).toEqual(0)
        const second = await picks({ sort: "price_asc", limit: 2, offset: 2 })
        expect(second).toMatchObject({ ids: [listed.dear], count: 3 })
      })

      it("finds nothing in an unknown collection, as for an unknown category", async () => {
        expect(await search({ collection_id: "pcol_nope" })).toMatchObject({ ids: [], count: 0 })
      })

      it("lists the demo seed's collections, and seeding again changes nothing", async () => {
        const { data } = await ok.get(`/store/collections?handle[]=${demoCollections.map((c) => c.handle).join("&handle[]=")}`, {
          headers: shop.headers,
        })
        expect(data.collections.map((c: { handle: string }) => c.handle).sort()).toEqual(demoCollections.map((c) => c.handle).sort())
        const counts = async () =>
          Promise.all(data.collections.map(async (c: { id: string }) => (await search({ collection_id: c.id })).count))
        const before = await counts()
        expect(before).toEqual(data.collections.map((c: { handle: string }) => demoCollections.find((d) => d.handle === c.handle)!.products.length))

        await seedCollections(getContainer(), () => {})
        const { data: after } = await ok.get("/store/collections?limit=50&fields=id", { headers: shop.headers })
        expect(after.count).toEqual(demoCollections.length + 1)
        expect(await counts()).toEqual(before)
      })

      it("takes %, _ and \\ in the search literally", async () => {
        expect((await mine({ q: "%" })).ids).toEqual([listed.wildcard])
        expect((await mine({ q: "_" })).ids).toEqual([listed.wildcard])
        expect((await mine({ q: "100%" })).ids).toEqual([listed.wildcard])
        expect((await mine({ q: "Pure_Oak" })).ids).toEqual([listed.wildcard])
        expect((await mine({ q: "Pure%Oak" })).count).toEqual(0)
        expect((await mine({ q: "\\" })).count).toEqual(0)
      })

      it("refuses bad parameters with 400, naming the field", async () => {
        const refused = async (query: string) => {
          const { status, data } = await failure(api.get(`/store/catalog?${query}`, { headers: shop.headers }))
          return { status, message: data?.message as string }
        }
        const region = `region_id=${shop.regionId}`

        expect(await refused("color=red")).toMatchObject({ status: 400, message: expect.stringMatching(/color/) })
        expect(await refused(`${region}&min_price=20&max_price=10`)).toMatchObject({ status: 400, message: expect.stringMatching(/min_price/) })
        expect(await refused("min_price=10")).toMatchObject({ status: 400, message: expect.stringMatching(/region_id/) })
        expect(await refused("sort=price_asc")).toMatchObject({ status: 400, message: expect.stringMatching(/region_id/) })
        expect(await refused("region_id=reg_nope&max_price=10")).toMatchObject({ status: 400, message: expect.stringMatching(/region_id/) })
        for (const query of [
          `${region}&min_price=-1`,
          `${region}&min_price=abc`,
          `${region}&max_price=`,
          `${region}&max_price=1e3`,
          "in_stock=yes",
          "sort=price",
          "collection_id=",
          `collection_id=${"x".repeat(101)}`,
          "limit=51",
          "limit=0",
          "offset=-1",
          `q=${"x".repeat(101)}`,
          "q=%20%20",
        ]) {
          expect({ query, ...(await refused(query)) }).toMatchObject({ query, status: 400 })
        }
      })

      it("needs a publishable key", async () => {
        expect((await failure(api.get("/store/catalog"))).status).toEqual(400)
      })
    })
  },
})
