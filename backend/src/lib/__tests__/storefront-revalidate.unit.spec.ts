import { createHmac } from "node:crypto"
import http from "node:http"
import { AddressInfo } from "node:net"
import { createRevalidator, productTags, reviewTags, sellerPageTags } from "../storefront-revalidate"

type Received = { tags: string[]; valid: boolean }

const SECRET = "unit-revalidate-secret"

/** A storefront's /api/revalidate on 127.0.0.1 that records each request and whether its signature holds. */
async function fakeStorefront(status = 200) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const timestamp = String(req.headers["x-agora-timestamp"])
      const expected = `sha256=${createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex")}`
      received.push({ tags: JSON.parse(body).tags, valid: req.url === "/api/revalidate" && req.headers["x-agora-signature"] === expected })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Waits past the debounce window for the requests to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 600))

describe("the storefront revalidator", () => {
  let storefront: Awaited<ReturnType<typeof fakeStorefront>>
  afterEach(() => storefront?.close())

  it("sends the tags queued within the window as one signed request, each once", async () => {
    storefront = await fakeStorefront()
    const revalidator = createRevalidator(storefront.url, SECRET)
    revalidator.queue(productTags(["wildflower-honey"]))
    revalidator.queue(productTags(["wildflower-honey", "beeswax-candle"]))
    await settle()
    expect(storefront.received).toEqual([{ tags: ["products", "product-wildflower-honey", "product-beeswax-candle"], valid: true }])
  })

  it("sends `products` instead of more product tags than one request takes, and splits the rest by 20", async () => {
    storefront = await fakeStorefront()
    const revalidator = createRevalidator(storefront.url, SECRET)
    revalidator.queue(Array.from({ length: 25 }, (_, i) => `product-p${i}`))
    await settle()
    expect(storefront.received).toEqual([{ tags: ["products"], valid: true }])

    revalidator.queue(Array.from({ length: 25 }, (_, i) => `seller-s${i}`))
    await settle()
    const sellers = storefront.received.slice(1)
    expect(sellers.map((r) => r.tags.length).sort((a, b) => a - b)).toEqual([6, 20])
    expect(new Set(sellers.flatMap((r) => r.tags))).toEqual(new Set(["products", ...Array.from({ length: 25 }, (_, i) => `seller-s${i}`)]))
  })

  it("leaves out handles the storefront would refuse as tags", () => {
    expect(productTags(["ok-handle", "Κερί", "", null, "a".repeat(191)])).toEqual(["products", "product-ok-handle"])
  })

  it("sends nothing without a secret or a URL", () => {
    expect(createRevalidator("http://127.0.0.1:1", undefined).enabled).toBe(false)
    expect(createRevalidator(undefined, SECRET).enabled).toBe(false)
  })

  it("logs a failing storefront and goes on", async () => {
    storefront = await fakeStorefront(500)
    const revalidator = createRevalidator(storefront.url, SECRET)
    revalidator.queue(["regions"])
    await settle()
    revalidator.queue(["categories"])
    await settle()
    expect(storefront.received.map((r) => r.tags)).toEqual([["regions"], ["categories"]])
  })

  it("names a product's review list by its id and a seller's profile by its handle, leaving out what the storefront refuses", () => {
    expect(reviewTags(["prod_01JX9Q2M7Z", "prod_../x", "category_1", null])).toEqual(["reviews-prod_01JX9Q2M7Z"])
    expect(sellerPageTags(["meli-elia", "Μέλι", undefined])).toEqual(["seller-meli-elia"])
  })
})
