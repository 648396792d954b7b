import { expect, test } from "@playwright/test"
import { signInAdmin } from "./admin"

test("a shopper sees the CMS hero, opens a product and adds it to the cart", async ({ page }) => {
  await page.goto("/")

  await expect(page.getByTestId("hero")).toContainText("Discover makers you love")
  await expect(page.getByTestId("cart-count")).toHaveText("0")
  const cards = page.getByTestId("product-card")
  expect(await cards.count()).toBeGreaterThan(0)

  const card = cards.first()
  const title = (await card.innerText()).split("\n")[0]
  await card.click()
  await expect(page.getByTestId("product-title")).toHaveText(title)

  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  await page.goto("/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-line")).toContainText(title)
})

test.describe("in German", () => {
  test.use({ locale: "de-DE" })

  test("the home page shows the German hero", async ({ page }) => {
    await page.goto("/")
    await expect(page.getByTestId("hero")).toContainText("Entdecke Hersteller, die du liebst")
  })
})

test("the printed admin login opens the Medusa admin", async ({ page }) => {
  await signInAdmin(page)
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible()
})
