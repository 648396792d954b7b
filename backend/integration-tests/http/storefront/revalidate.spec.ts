import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Actor, eventually, signInAdmin } from "../../helpers/marketplace"
import { explained, seedShop } from "../../helpers/store"
import { FakeStorefront, startFakeStorefront } from "./fake-storefront"
import { updateSellerWorkflow } from "../../../src/workflows/seller"

jest.setTimeout(240_000)

const SECRET = "storefront-revalidate-test-secret"
// The backend's per-request timeout (TIMEOUT_MS in src/lib/storefront-revalidate.ts).
const TIMEOUT_MS = 3_000

let storefront: FakeStorefront

// Medusa reads its config in the runner's beforeAll, after this one: the backend is pointed at the fake.
beforeAll(async () => {
  storefront = await startFakeStorefront(SECRET)
  Object.assign(process.env, { STOREFRONT_URL: storefront.url, REVALIDATE_SECRET: SECRET })
})

afterAll(async () => {
  await storefront.close()
  delete process.env.STOREFRONT_URL
  delete process.env.REVALIDATE_SECRET
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the backend has been silent for `ms`, then forgets what came before. */
async function quiet(ms = 1_000) {
  for (let seen = -1; seen !== storefront.requests.length; ) {
    seen = storefront.requests.length
    await sleep(ms)
  }
  storefront.requests.length = 0
}

/** The requests that arrive within `ms` after the first one, tags sorted. */
async function received(ms = 1_000) {
  await eventually(async () => storefront.requests.length > 0)
  await sleep(ms)
  return storefront.requests.map((r) => ({ tags: r.tags && [...r.tags].sort(), signed: r.signed }))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const ok = explained(api)
    let admin: Actor
    type Product = { id: string; handle: string; variants: { id: string }[] }
    let products: Product[]
    let honey: Product

    beforeAll(async () => {
      await seedShop(getContainer())
      admin = await signInAdmin(api)
      const fields = "fields=id,handle,variants.id"
      const { data } = await ok.get(`/admin/products?limit=30&order=handle&${fields}`, { headers: admin.headers })
      products = data.products
      const { data: found } = await ok.get(`/admin/products?handle=wildflower-honey&${fields}`, { headers: admin.headers })
      honey = found.products[0]
    })

    beforeEach(async () => {
      storefront.mode = "ok"
      await quiet()
    })

    it("tells the storefront once, signed, which product changed", async () => {
      await ok.post(`/admin/products/${honey.id}`, { title: "Wildflower honey, new harvest" }, { headers: admin.headers })

      expect(await received()).toEqual([{ tags: ["product-wildflower-honey", "products"], signed: true }])
    })

    it("sends a variant's new price as its product's tags", async () => {
      const { id, variants } = honey
      const prices = [{ currency_code: "eur", amount: 13.5 }]
      await ok.post(`/admin/products/${id}/variants/${variants[0].id}`, { prices }, { headers: admin.headers })

      expect(await received()).toEqual([{ tags: ["product-wildflower-honey", "products"], signed: true }])
    })

    it("sends a stock change as its product page's tag only", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.id", "inventory_items.inventory.location_levels.location_id"],
        filters: { id: honey.variants[0].id },
      })
      const item = data[0].inventory_items![0]!.inventory!
      const path = `/admin/inventory-items/${item.id}/location-levels/${item.location_levels![0]!.location_id}`
      await ok.post(path, { stocked_quantity: 42 }, { headers: admin.headers })

      expect(await received()).toEqual([{ tags: ["product-wildflower-honey"], signed: true }])
    })

    // The events of a batch update reach the subscriber one by one (on the Redis event bus spread out under load),
    // so how they fall into requests depends on timing; the unit tests pin the windows and the 20-tag limit. What
    // holds here: few requests, each signed, within the limit, with `products` (on every product read) and no
    // tag of another product.
    it("batches the products of one change into few requests, each within the storefront's 20-tag limit", async () => {
      const three = products.slice(0, 3)
      await ok.post("/admin/products/batch", { update: three.map((p) => ({ id: p.id, subtitle: "Batch" })) }, { headers: admin.headers })
      const first = (await received()).map((r) => ({ signed: r.signed, tags: r.tags ?? [] }))
      expect(first.length).toBeLessThanOrEqual(three.length)
      expect(first.every((r) => r.signed && r.tags.includes("products"))).toBe(true)
      expect(first.flatMap((r) => r.tags).filter((t) => t !== "products").sort()).toEqual(three.map((p) => `product-${p.handle}`).sort())

      await quiet()
      const many = products.slice(0, 25)
      await ok.post("/admin/products/batch", { update: many.map((p) => ({ id: p.id, subtitle: "Many" })) }, { headers: admin.headers })
      const second = (await received(2_000)).map((r) => ({ signed: r.signed, tags: r.tags ?? [] }))
      expect(second.length).toBeLessThan(many.length / 2)
      expect(second.every((r) => r.signed && r.tags.length <= 20 && r.tags.includes("products"))).toBe(true)
      const mine = new Set(["products", ...many.map((p) => `product-${p.handle}`)])
      expect(second.flatMap((r) => r.tags).filter((t) => !mine.has(t))).toEqual([])
    })

    it("sends categories and regions as their own tags", async () => {
      await ok.post("/admin/product-categories", { name: "Gifts", is_active: true }, { headers: admin.headers })
      expect(await received()).toEqual([{ tags: ["categories", "products"], signed: true }])

      await quiet()
      const { data } = await ok.get("/admin/regions?limit=1", { headers: admin.headers })
      await ok.post(`/admin/regions/${data.regions[0].id}`, { name: "Europe (EU)" }, { headers: admin.headers })
      expect(await received()).toEqual([{ tags: ["products", "regions"], signed: true }])
    })

    it("sends a suspended seller's page and its products", async () => {
      const { data } = await ok.get("/admin/sellers?q=meli-elia", { headers: admin.headers })
      const seller = data.sellers.find((s: { handle: string }) => s.handle === "meli-elia")
      await ok.post(`/admin/sellers/${seller.id}/suspend`, { reason: "Expired food licence" }, { headers: admin.headers })

      const requests = await received()
      expect(requests.every((r) => r.signed)).toBe(true)
      expect(requests.flatMap((r) => r.tags)).toEqual(expect.arrayContaining(["products", "seller-meli-elia"]))
    })

    it("sends a seller's page and its products when its profile changes", async () => {
      const { data } = await ok.get("/admin/sellers?q=alpenhof", { headers: admin.headers })
      const seller = data.sellers.find((s: { handle: string }) => s.handle.startsWith("alpenhof"))
      // What POST /vendor/sellers/me runs for the seller.
      await updateSellerWorkflow(getContainer()).run({ input: { id: seller.id, description: "Candles from the Allgäu" } })

      const requests = await received()
      expect(requests.every((r) => r.signed)).toBe(true)
      expect(requests.flatMap((r) => r.tags)).toEqual(expect.arrayContaining(["products", `seller-${seller.handle}`]))
    })

    it("does not fail or wait for the change when the storefront answers 500 or hangs", async () => {
      storefront.mode = "fail"
      await ok.post(`/admin/products/${honey.id}`, { title: "Honey while the storefront fails" }, { headers: admin.headers })
      expect(await received()).toEqual([{ tags: ["product-wildflower-honey", "products"], signed: true }])

      await quiet()
      storefront.mode = "hang"
      const started = Date.now()
      const hanging = { title: "Honey while the storefront hangs" }
      const { status } = await ok.post(`/admin/products/${honey.id}`, hanging, { headers: admin.headers })
      expect(status).toBe(200)
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS)
      // The backend gives up after its timeout and hangs up.
      const [request] = await eventually(async () => (storefront.requests[0]?.closedAt ? storefront.requests : null), TIMEOUT_MS + 5_000)
      expect(request.closedAt! - request.at).toBeGreaterThanOrEqual(TIMEOUT_MS - 500)
      expect(request.closedAt! - request.at).toBeLessThan(TIMEOUT_MS + 1_500)

      // And the next change goes out as usual.
      await quiet()
      storefront.mode = "ok"
      await ok.post(`/admin/products/${honey.id}`, { title: "Wildflower honey" }, { headers: admin.headers })
      expect(await received()).toEqual([{ tags: ["product-wildflower-honey", "products"], signed: true }])
    })
  },
})
