import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FakeStorefront, startFakeStorefront } from "./fake-storefront"

jest.setTimeout(120_000)

let storefront: FakeStorefront

// A storefront URL without the shared secret: the backend must not call it at all.
beforeAll(async () => {
  storefront = await startFakeStorefront("unused-secret")
  process.env.STOREFRONT_URL = storefront.url
  delete process.env.REVALIDATE_SECRET
})

afterAll(async () => {
  await storefront.close()
  delete process.env.STOREFRONT_URL
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("sends nothing without REVALIDATE_SECRET, and the product changes all the same", async () => {
      const container = getContainer()
      const { result } = await createProductsWorkflow(container).run({
        input: { products: [{ title: "Quiet honey", handle: "quiet-honey", options: [{ title: "Size", values: ["Jar"] }] }] },
      })
      const { result: updated } = await updateProductsWorkflow(container).run({
        input: { selector: { id: result[0].id }, update: { title: "Quiet honey, new harvest" } },
      })
      await new Promise((resolve) => setTimeout(resolve, 1_500))

      expect(updated[0].title).toBe("Quiet honey, new harvest")
      expect(storefront.requests).toEqual([])
    })
  },
})
