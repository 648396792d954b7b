import { expect, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { signInAdmin } from "./admin"

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
