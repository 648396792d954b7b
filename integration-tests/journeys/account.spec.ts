import { expect, type Page, test } from "@playwright/test"
import { expectAccessible } from "./a11y"

const password = "agora-shopper-1"

async function addToCart(page: Page, handle: string) {
  await page.goto(`/en/products/${handle}`)
  const count = Number(await page.getByTestId("cart-count").innerText())
  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("cart-count")).toHaveText(String(count + 1))
}

async function signUp(page: Page, email: string) {
  await page.goto("/en/account")
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) })
  await form.getByLabel("First name").fill("Nora")
  await form.getByLabel("Last name").fill("Berg")
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill(password)
  await form.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: "Hello, Nora" })).toBeVisible()
}

async function signIn(page: Page, email: string) {
  await page.goto("/en/account")
  const form = page.locator("form", { has: page.getByRole("button", { name: "Sign in" }) })
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill(password)
  await form.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByRole("heading", { name: "Hello, Nora" })).toBeVisible()
}

test("a guest's cart joins the customer's cart from another device on sign-in", async ({ browser }) => {
  const email = `nora-${Date.now()}@example.com`
  // Device one: the customer signs up and leaves the olive oil in the cart.
  const one = await browser.newContext()
  const first = await one.newPage()
  await signUp(first, email)
  await addToCart(first, "cretan-olive-oil")
  await one.close()

  // Device two: a guest puts a candle in the cart, then signs in.
  const two = await browser.newContext()
  const page = await two.newPage()
  await addToCart(page, "beeswax-candle")
  await signIn(page, email)
  await expect(page.getByTestId("cart-count")).toHaveText("2")
  await page.goto("/en/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
  await expect(page.getByTestId("cart-line").filter({ hasText: "Cretan Olive Oil" })).toHaveCount(1)
  await expect(page.getByTestId("cart-line").filter({ hasText: "Beeswax Candle" })).toHaveCount(1)
  await two.close()
})

test("a wrong password is refused without saying whether the e-mail exists", async ({ page }) => {
  await page.goto("/en/account")
  const form = page.locator("form", { has: page.getByRole("button", { name: "Sign in" }) })
  await form.getByLabel("Email").fill(`nobody-${Date.now()}@example.com`)
  await form.getByLabel("Password").fill("not-the-password")
  await form.getByRole("button", { name: "Sign in" }).click()
  await expect(form.getByRole("status").or(form.getByRole("alert")).first()).toContainText("The e-mail address or password is not correct.")
  await expectAccessible(page)
})

test("a signed-in customer's order appears in the account with a timeline per seller and its invoice", async ({ page }) => {
  const email = `orders-${Date.now()}@example.com`
  await signUp(page, email)
  await addToCart(page, "cretan-olive-oil")
  await addToCart(page, "beeswax-candle")
  await page.goto("/en/checkout")
  // The customer's e-mail is already in the form.
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await page.getByLabel("First name").fill("Nora")
  await page.getByLabel("Last name").fill("Berg")
  await page.getByLabel("Street and number").fill("Odos Chalidon 5")
  await page.getByLabel("Postal code").fill("73131")
  await page.getByLabel("City").fill("Chania")
  await page.getByLabel("Country", { exact: true }).selectOption("gr")
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await page.getByRole("radio", { name: /Pay later/ }).check()
  await page.getByRole("button", { name: "Place order and pay" }).click()
  await expect(page).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
  const number = (await page.getByTestId("order-number").innerText()).replace("#", "")

  await page.goto("/en/account/orders")
  await page.getByRole("link", { name: new RegExp(`#${number}`) }).click()
  await expect(page.getByRole("heading", { name: new RegExp(`#${number}`) })).toBeVisible()
  for (const seller of ["Meli & Elia", "Alpenhof Werkstatt"]) {
    const timeline = page.getByRole("list", { name: `Progress of the items from ${seller}` })
    await expect(timeline).toBeVisible()
    await expect(timeline.getByRole("listitem").first()).toContainText("Order placed")
  }
  await expectAccessible(page)
  await page.goto("/en/account/orders")
  await expectAccessible(page)

  // The invoice is made in the background (the fake Lexoffice), so the PDF is there after a moment.
  await page.getByRole("link", { name: new RegExp(`#${number}`) }).click()
  const invoice = page.getByRole("link", { name: "Download invoice (PDF)" })
  const href = (await invoice.getAttribute("href"))!
  await expect
    .poll(async () => (await page.request.get(href, { maxRedirects: 0 })).headers()["content-type"], { timeout: 30_000 })
    .toBe("application/pdf")
  const [download] = await Promise.all([page.waitForEvent("download"), invoice.click()])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
})

test("a customer buys again from a past order and checks out with a saved address", async ({ page }) => {
  const email = `again-${Date.now()}@example.com`
  await signUp(page, email)
  // The address book: one address, Meli & Elia's town.
  await page.goto("/en/account/addresses")
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Add an address" }) })
  await form.getByLabel("First name").fill("Nora")
  await form.getByLabel("Last name").fill("Berg")
  await form.getByLabel("Street and number").fill("Odos Chalidon 5")
  await form.getByLabel("Postal code").fill("73131")
  await form.getByLabel("City").fill("Chania")
  await form.getByLabel("Country", { exact: true }).selectOption("gr")
  await form.getByRole("button", { name: "Save address" }).click()
  await expect(page.getByText("Odos Chalidon 5").first()).toBeVisible()
  await expectAccessible(page)

  // A first order, paid later, with the saved address picked in the checkout.
  const placeOrder = async () => {
    await page.goto("/en/checkout")
    await expect(page.getByLabel("Saved address")).toHaveValue(/.+/)
    await expect(page.getByLabel("Street and number")).toHaveValue("Odos Chalidon 5")
    await page.getByRole("button", { name: "Continue to delivery" }).click()
    await expect(page.getByTestId("chosen-address")).toContainText("Odos Chalidon 5, 73131 Chania")
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("radio", { name: /Pay later/ }).check()
    await page.getByRole("button", { name: "Place order and pay" }).click()
    await expect(page).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
    return (await page.getByTestId("order-number").innerText()).replace("#", "")
  }
  await addToCart(page, "beeswax-candle")
  const first = await placeOrder()

  // Buy again: the same items go back into the cart, and the second order uses the same address.
  await page.goto("/en/account/orders")
  await page.getByRole("link", { name: new RegExp(`#${first}`) }).click()
  await page.getByRole("button", { name: "Buy again" }).click()
  await expect(page).toHaveURL(/\/en\/cart$/)
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-line")).toContainText("Beeswax Candle")
  await expectAccessible(page)
  const second = await placeOrder()
  expect(Number(second)).toBeGreaterThan(Number(first))
  await page.goto("/en/account/orders")
  for (const number of [first, second]) await expect(page.getByRole("link", { name: new RegExp(`#${number}`) })).toBeVisible()
})
