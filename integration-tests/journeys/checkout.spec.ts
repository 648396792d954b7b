import { expect, type Page, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { backendApi, backendUrl } from "./admin"

// Two demo products from two sellers (backend/src/scripts/seed): Meli & Elia's oil, Alpenhof's candle.
const items = [
  { handle: "cretan-olive-oil", seller: "Meli & Elia" },
  { handle: "beeswax-candle", seller: "Alpenhof Werkstatt" },
]

async function addToCart(page: Page, handle: string, count: number) {
  await page.goto(`/en/products/${handle}`)
  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("cart-count")).toHaveText(String(count))
}

/** Fills the address step as a guest and chooses the first delivery method. */
async function addressAndDelivery(page: Page, email: string) {
  await page.goto("/en/cart")
  await page.getByRole("link", { name: "Checkout" }).click()
  await expect(page).toHaveURL(/\/en\/checkout$/)
  await expectAccessible(page)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("First name").fill("Eva")
  await page.getByLabel("Last name").fill("Schmidt")
  await page.getByLabel("Street and number").fill("Kastanienallee 12")
  await page.getByLabel("Postal code").fill("10435")
  await page.getByLabel("City").fill("Berlin")
  await page.getByLabel("Country", { exact: true }).selectOption("de")
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByTestId("chosen-address")).toContainText("Kastanienallee 12")
  await expectAccessible(page)
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await expect(page.getByRole("radio", { name: /Viva Wallet/ })).toBeChecked()
  await expectAccessible(page)
}

test("a guest buys from two sellers in one checkout and pays on Viva Wallet's page", async ({ page, request }) => {
  const { json, admin } = await backendApi(request)
  const email = `guest-${Date.now()}@example.com`
  for (const [index, { handle }] of items.entries()) await addToCart(page, handle, index + 1)

  await addressAndDelivery(page, email)
  // The summary groups the lines by the seller who ships them.
  const groups = page.getByTestId("seller-group")
  await expect(groups).toHaveCount(2)
  for (const { seller } of items) await expect(groups.filter({ hasText: `Sold by ${seller}` })).toHaveCount(1)
  const total = (await page.getByTestId("checkout-total").innerText()).replace(/[^\d.,]/g, "")

  await page.getByRole("button", { name: "Place order and pay" }).click()
  // Viva's hosted page (the fake one npm start runs) shows the cart's total.
  await expect(page.getByTestId("amount")).toContainText(total.split(".")[0])
  await page.getByRole("button", { name: "Pay" }).click()

  await expect(page).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible()
  const number = (await page.getByTestId("order-number").innerText()).replace("#", "")
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByTestId("seller-group")).toHaveCount(2)
  await expectAccessible(page)
  // The cart is gone; the order is placed once and its payment captured.
  await expect(page.getByTestId("cart-count")).toHaveText("0")
  const orderId = page.url().match(/order_\w+/)![0]
  const { orders } = await json(await request.get(`${backendUrl}/admin/orders?q=${email}&fields=id,display_id,email`, { headers: admin }))
  expect(orders).toEqual([expect.objectContaining({ id: orderId, display_id: Number(number), email })])
  await expect
    .poll(async () => (await json(await request.get(`${backendUrl}/admin/orders/${orderId}?fields=payment_collections.status`, { headers: admin }))).order.payment_collections[0].status)
    .toEqual("completed")
})

test("a declined payment shows why and keeps the cart; paying again places the order", async ({ page }) => {
  await addToCart(page, items[0].handle, 1)
  await addressAndDelivery(page, `declined-${Date.now()}@example.com`)

  await page.getByRole("button", { name: "Place order and pay" }).click()
  await page.getByRole("button", { name: "Decline" }).click()
  await expect(page).toHaveURL(/\/en\/checkout\?step=payment&error=declined$/)
  await expect(page.getByTestId("payment-error")).toContainText("Your payment was declined")
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  await expect(page.getByTestId("seller-group")).toContainText("Cretan Olive Oil")
  await expectAccessible(page)

  await page.getByRole("button", { name: "Place order and pay" }).click()
  await page.getByRole("button", { name: "Pay" }).click()
  await expect(page).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
})

test("the address step names each field to fix and keeps what was typed", async ({ page }) => {
  await addToCart(page, items[1].handle, 1)
  await page.goto("/en/checkout")
  await page.getByLabel("Email").fill("not-an-email")
  await page.getByLabel("First name").fill("Eva")
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByText("Please check the highlighted fields.")).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByLabel("City")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByLabel("First name")).toHaveValue("Eva")
  await expect(page.getByLabel("First name")).not.toHaveAttribute("aria-invalid", "true")
  await expectAccessible(page)
})

test("pay later (demo): the order button sent twice at once makes one order", async ({ context, page, request }) => {
  const { json, admin } = await backendApi(request)
  const email = `twice-${Date.now()}@example.com`
  await addToCart(page, items[0].handle, 1)
  await addressAndDelivery(page, email)
  // A second tab on the same cart: its submission runs beside the first one, not queued behind it.
  const second = await context.newPage()
  await second.goto("/en/checkout")
  for (const tab of [page, second]) await tab.getByRole("radio", { name: /Pay later/ }).check()
  await Promise.all([page, second].map((tab) => tab.getByRole("button", { name: "Place order and pay" }).click()))
  for (const tab of [page, second]) await expect(tab).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
  expect(second.url()).toEqual(page.url())
  const { orders } = await json(await request.get(`${backendUrl}/admin/orders?q=${email}&fields=id`, { headers: admin }))
  expect(orders).toHaveLength(1)
})

test("a guest finds the order by e-mail and number and follows a seller's parcel", async ({ browser, page, request }) => {
  const { json } = await backendApi(request)
  const email = `lookup-${Date.now()}@example.com`
  for (const [index, { handle }] of items.entries()) await addToCart(page, handle, index + 1)
  await addressAndDelivery(page, email)
  await page.getByRole("radio", { name: /Pay later/ }).check()
  await page.getByRole("button", { name: "Place order and pay" }).click()
  await expect(page).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
  const orderId = page.url().match(/order_\w+/)![0]
  const number = (await page.getByTestId("order-number").innerText()).replace("#", "")

  // Meli & Elia ships its part with tracking through the vendor API (the seller login npm start prints).
  const { token } = await json(await request.post(`${backendUrl}/auth/seller/emailpass`, { data: { email: "meli-elia@agora.local", password: "seller-demo" } }))
  const seller = { authorization: `Bearer ${token}` }
  const { order } = await json(await request.get(`${backendUrl}/vendor/orders/${orderId}`, { headers: seller }))
  const { order: fulfilled } = await json(
    await request.post(`${backendUrl}/vendor/orders/${orderId}/fulfillments`, {
      headers: seller,
      data: { items: order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity })) },
    })
  )
  await json(
    await request.post(`${backendUrl}/vendor/orders/${orderId}/fulfillments/${fulfilled.fulfillments[0].id}/shipments`, {
      headers: seller,
      data: { tracking_number: "ELTA-778899", carrier: "ELTA", tracking_url: "https://tracking.example.com/ELTA-778899" },
    })
  )

  // Another browser, no account: the lookup finds the order; each seller's part has its own timeline.
  // A context of its own (not browser.newPage()): axe runs its frames through the context.
  const context = await browser.newContext()
  const guest = await context.newPage()
  await guest.goto("/en/order/lookup")
  await guest.getByLabel("Email").fill(email)
  await guest.getByLabel("Order number").fill("999999")
  await guest.getByRole("button", { name: "Find order" }).click()
  await expect(guest.getByRole("status")).toHaveText("We found no order with this number and e-mail address.")
  await expectAccessible(guest)
  await guest.getByLabel("Order number").fill(number)
  await guest.getByRole("button", { name: "Find order" }).click()
  await expect(guest).toHaveURL(new RegExp(`/en/order/${orderId}$`))
  const shipped = guest.getByRole("list", { name: "Progress of the items from Meli & Elia" })
  await expect(shipped.getByRole("link", { name: /Track parcel ELTA-778899/ })).toHaveAttribute("href", "https://tracking.example.com/ELTA-778899")
  const waiting = guest.getByRole("list", { name: "Progress of the items from Alpenhof Werkstatt" })
  await expect(waiting).toBeVisible()
  await expect(waiting.getByRole("link")).toHaveCount(0)
  await expectAccessible(guest)
  await context.close()
})

test("the cart drawer opens on add, a promotion code lowers the total, and shipping is estimated", async ({ page }) => {
  await page.goto(`/en/products/${items[0].handle}`)
  await page.getByTestId("add-to-cart").click()
  const drawer = page.getByTestId("cart-drawer")
  await expect(drawer).toBeVisible()
  await expect(drawer.getByTestId("drawer-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  await expectAccessible(page)
  // Escape closes it and focus returns to the button that opened it.
  await page.keyboard.press("Escape")
  await expect(drawer).toBeHidden()
  await expect(page.getByTestId("add-to-cart")).toBeFocused()

  // The header's cart opens the drawer in place; quantities change there.
  await page.getByRole("link", { name: /^Cart/ }).click()
  await expect(drawer).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/en/products/${items[0].handle}$`))
  await drawer.getByLabel("Quantity").fill("2")
  await drawer.getByRole("button", { name: "Update" }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("2")
  await drawer.getByRole("link", { name: "View cart" }).click()
  await expect(page).toHaveURL(/\/en\/cart$/)

  await expect(page.getByTestId("shipping-estimate")).toContainText(/from €\d/)
  await page.getByLabel("Promotion code").fill("NOPE")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByTestId("promo-status")).toContainText("There is no code NOPE")
  await expect(page.getByTestId("cart-discount")).toHaveCount(0)
  const before = await page.getByTestId("cart-total").innerText()

  // Codes are matched as typed, then in capitals.
  await page.getByLabel("Promotion code").fill("welcome10")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByTestId("promo-code")).toContainText("WELCOME10")
  await expect(page.getByTestId("cart-discount")).toContainText("−€2.80")
  await expect(page.getByTestId("cart-total")).not.toHaveText(before)
  await expectAccessible(page)

  await page.getByRole("button", { name: "Remove the code WELCOME10" }).click()
  await expect(page.getByTestId("cart-discount")).toHaveCount(0)
  await expect(page.getByTestId("cart-total")).toHaveText(before)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header's cart is a link to the cart page", async ({ page }) => {
    await page.goto("/en/products")
    await page.getByRole("link", { name: /^Cart/ }).click()
    await expect(page).toHaveURL(/\/en\/cart$/)
  })
})
