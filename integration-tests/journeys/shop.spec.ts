import { expect, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { backendApi, backendUrl, signInAdmin } from "./admin"

test("a shopper sees the CMS hero, opens a product and adds it to the cart", async ({ page }) => {
  await page.goto("/")

  await expect(page.getByTestId("hero")).toContainText("Discover makers you love")
  await expect(page.getByTestId("cart-count")).toHaveText("0")
  const cards = page.getByTestId("product-card")
  expect(await cards.count()).toBeGreaterThan(0)
  await expectAccessible(page)

  const card = cards.first()
  const title = (await card.innerText()).split("\n")[0]
  await card.click()
  await expect(page.getByTestId("product-title")).toHaveText(title)
  await expectAccessible(page)

  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  await page.goto("/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-line")).toContainText(title)
  await expectAccessible(page)
})

test.describe("in German", () => {
  test.use({ locale: "de-DE" })

  test("the home page shows the German hero", async ({ page }) => {
    await page.goto("/")
    await expect(page.getByTestId("hero")).toContainText("Entdecke Hersteller, die du liebst")
  })
})

test("switching to German changes the strings, the CMS content and the number formats", async ({ page }) => {
  await page.goto("/en/products/cretan-olive-oil")
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible()
  await expect(page.getByText("€14.00").first()).toBeVisible()
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "DE" }).click()

  await expect(page).toHaveURL(/\/de\/products\/cretan-olive-oil$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "de")
  await expect(page.getByRole("button", { name: "In den Warenkorb" })).toBeVisible()
  await expect(page.getByText("14,00 €").first()).toBeVisible()
  await expectAccessible(page)
  // The choice is remembered: an address without a language opens in German, with the CMS's German hero.
  await page.goto("/")
  await expect(page.getByTestId("hero")).toContainText("Entdecke Hersteller, die du liebst")
})

test("the printed admin login opens the Medusa admin", async ({ page }) => {
  await signInAdmin(page)
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible()
})

test("a shopper narrows the catalog to a price range in stock and sorts it by price", async ({ page }) => {
  await page.goto("/en/products")
  const filters = page.locator("form", { has: page.getByRole("button", { name: "Apply filters" }) })
  await filters.getByLabel("From", { exact: true }).fill("10")
  await filters.getByLabel("To", { exact: true }).fill("20")
  await filters.getByLabel("In stock only").check()
  await filters.getByRole("button", { name: "Apply filters" }).click()
  await expect(page).toHaveURL(/min_price=10/)
  await page.getByLabel("Sort by").selectOption("price_asc")
  await page.getByRole("button", { name: "Apply", exact: true }).click()
  await expect(page).toHaveURL(/sort=price_asc/)
  await expect(page).toHaveURL(/in_stock=1/)

  // Cards show the cheapest variant's price ("from €x" when variants differ) and go from cheap to dear; a
  // product is in when one of its variants is, so a single-price card is in the range.
  const cards = await page.getByTestId("product-card").locator(".product-card__price").allInnerTexts()
  const prices = cards.map((text) => Number(text.replace(/[^\d.]/g, "")))
  expect(prices.length).toBeGreaterThan(0)
  for (const [index, text] of cards.entries()) {
    if (!/^from/i.test(text)) expect(prices[index]).toBeGreaterThanOrEqual(10)
    expect(prices[index]).toBeLessThanOrEqual(20)
  }
  expect(prices).toEqual([...prices].sort((a, b) => a - b))
  await expect(page.getByRole("button", { name: /Remove filter In stock only/ }).or(page.getByRole("link", { name: /Remove filter In stock only/ }))).toBeVisible()
  await expectAccessible(page)
})

test("choosing the United Kingdom shows prices and the cart in pounds; back to Germany, euros", async ({ page }) => {
  await page.goto("/en/products/cretan-olive-oil")
  await expect(page.getByLabel("Delivery country")).toHaveValue("de")
  await expect(page.getByRole("main").getByText("€14.00").first()).toBeVisible()
  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  await page.keyboard.press("Escape")

  await page.getByLabel("Delivery country").selectOption("gb")
  await expect(page.getByRole("main").getByText("£11.90").first()).toBeVisible()
  await expect(page).toHaveURL(/\/en\/products\/cretan-olive-oil$/)
  await expectAccessible(page)
  await page.goto("/en/cart")
  await expect(page.getByTestId("cart-line")).toContainText("£11.90")

  await page.getByLabel("Delivery country").selectOption("de")
  await expect(page.getByTestId("cart-line")).toContainText("€14.00")
})

test("a shopper opens a collection and filters within it", async ({ page }) => {
  await page.goto("/en/products")
  await page.getByRole("navigation", { name: "Collections" }).getByRole("link", { name: "Gift ideas" }).click()
  await expect(page).toHaveURL(/collection=gift-ideas/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gift ideas")
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(["Home", "Gift ideas"])
  await expect(page.getByTestId("product-card")).toHaveCount(8)
  const filters = page.locator("form", { has: page.getByRole("button", { name: "Apply filters" }) })
  await filters.getByLabel("To", { exact: true }).fill("20")
  await filters.getByRole("button", { name: "Apply filters" }).click()
  await expect(page).toHaveURL(/max_price=20/)
  await expect(page).toHaveURL(/collection=gift-ideas/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gift ideas")
  // The seeded gift ideas up to €20: the candle, the chocolate and the pistachios.
  await expect(page.getByTestId("product-card")).toHaveCount(3)
  await expectAccessible(page)
  expect((await page.goto("/en/products?collection=no-such-collection"))?.status()).toBe(404)
})

test("an operator's change to a product shows on its page at once, not when the cache expires", async ({ page, request }) => {
  const { json, admin } = await backendApi(request)
  const handle = "beeswax-candle"
  // Read the page first, so the storefront has it cached (for 60 s).
  await page.goto(`/en/products/${handle}`)
  const title = await page.getByTestId("product-title").innerText()
  const { products } = await json(await request.get(`${backendUrl}/admin/products?handle=${handle}&fields=id`, { headers: admin }))
  const renamed = `${title} (${Date.now()})`
  try {
    await json(await request.post(`${backendUrl}/admin/products/${products[0].id}`, { headers: admin, data: { title: renamed } }))
    // The backend tells the storefront (signed POST /api/revalidate); a reload reads the new title.
    await expect.poll(async () => (await page.reload(), page.getByTestId("product-title").innerText()), { timeout: 10_000 }).toBe(renamed)
  } finally {
    await request.post(`${backendUrl}/admin/products/${products[0].id}`, { headers: admin, data: { title } })
  }
})

test("a product whose handle Medusa made from a Greek title has its page", async ({ page, request }) => {
  const { json, admin } = await backendApi(request)
  const { sales_channels: channels } = await json(await request.get(`${backendUrl}/admin/sales-channels?fields=id&limit=1`, { headers: admin }))
  const title = `Μέλι θυμαρίσιο ${Date.now()}`
  const { product } = await json(
    await request.post(`${backendUrl}/admin/products`, {
      headers: admin,
      data: {
        title,
        status: "published",
        sales_channels: [{ id: channels[0].id }],
        options: [{ title: "Μέγεθος", values: ["250 g"] }],
        variants: [{ title: "250 g", options: { Μέγεθος: "250 g" }, manage_inventory: false, prices: [{ amount: 9.5, currency_code: "eur" }] }],
      },
    })
  )
  try {
    expect(product.handle).toMatch(/^μέλι-θυμαρίσιο-\d+$/)
    const response = await page.goto(`/el/products/${encodeURIComponent(product.handle)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByTestId("product-title")).toHaveText(title)
  } finally {
    await request.delete(`${backendUrl}/admin/products/${product.id}`, { headers: admin })
  }
})
