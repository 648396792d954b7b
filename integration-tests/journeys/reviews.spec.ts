import { expect, type Page, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { backendApi, backendUrl, signInAdmin } from "./admin"
import { checkoutPayingLater, signUp, verifyEmail } from "./shopper"

// A demo product of the demo seller Meli & Elia (backend/src/scripts/seed), whose login npm start prints.
const product = { handle: "cretan-olive-oil", title: "Cretan Olive Oil" }
const sellerLogin = { email: "meli-elia@agora.local", password: "seller-demo" }

/** How many reviews the badge beside the product's title counts (the demo data may hold some from earlier runs). */
async function reviewCount(page: Page): Promise<number> {
  const text = await page.getByTestId("product-rating").innerText()
  return Number(/\((\d+) reviews?\)/.exec(text)?.[1] ?? 0)
}

test("after delivery the customer reviews the item from the order page and sees the stars on the product page; the seller replies and an operator hides it", async ({ browser, page, request }) => {
  const stamp = Date.now()
  const email = `reviewer-${stamp}@example.com`
  const title = `Green and peppery ${stamp}`
  const body = "Bright, grassy and a little peppery at the end. Lovely on bread and tomatoes."

  await page.goto("/en")
  await page.getByRole("button", { name: "Necessary only" }).click()
  await signUp(page, { firstName: "Lena", lastName: "Weber", email })
  await verifyEmail(page, email)

  // One bottle, paid later.
  await page.goto(`/en/products/${product.handle}`)
  const before = await reviewCount(page)
  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  const { orderId } = await checkoutPayingLater(page)

  // The seller fulfils, ships and marks the line delivered through the vendor API.
  const { json } = await backendApi(request)
  const { token } = await json(await request.post(`${backendUrl}/auth/seller/emailpass`, { data: sellerLogin }))
  const seller = { authorization: `Bearer ${token}` }
  // The seller's part of the order is made by a subscriber, a moment after the order.
  await expect.poll(async () => (await request.get(`${backendUrl}/vendor/orders/${orderId}`, { headers: seller })).status()).toBe(200)
  const { order } = await json(await request.get(`${backendUrl}/vendor/orders/${orderId}`, { headers: seller }))
  const [line] = order.items as { id: string; quantity: number }[]
  expect(line.quantity).toBe(1)
  const { order: fulfilled } = await json(
    await request.post(`${backendUrl}/vendor/orders/${orderId}/fulfillments`, { headers: seller, data: { items: [{ id: line.id, quantity: 1 }] } })
  )
  const fulfillmentId = fulfilled.fulfillments[0].id
  await json(
    await request.post(`${backendUrl}/vendor/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, {
      headers: seller,
      data: { tracking_number: `ELTA-${stamp}`, carrier: "ELTA" },
    })
  )
  await json(await request.post(`${backendUrl}/vendor/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, { headers: seller, data: {} }))

  // The delivered line offers a review on the order page.
  await page.goto(`/en/account/orders/${orderId}`)
  await page.getByTestId(`write-review-${line.id}`).click()
  await expect(page.getByRole("heading", { name: `Review ${product.title}` })).toBeVisible()
  await expectAccessible(page)

  // Publishing without stars names the missing rating and keeps what was typed.
  await page.getByLabel("Title").fill(title)
  await page.getByLabel("Your review", { exact: true }).fill(body)
  await expect(page.getByText(`${body.length} of 2,000 characters`)).toBeVisible()
  await page.getByRole("button", { name: "Publish review" }).click()
  await expect(page.getByText("Please choose a rating from 1 to 5 stars.")).toBeVisible()
  await expect(page.getByLabel("Title")).toHaveValue(title)
  await expectAccessible(page)

  // Four of five stars: the radios' labels are the stars.
  await page.locator("label", { hasText: "4 stars" }).click()
  await expect(page.getByRole("radio", { name: "4 stars" })).toBeChecked()
  await page.getByRole("button", { name: "Publish review" }).click()

  // The product's reviews open with a confirmation, the review and its badge.
  await expect(page).toHaveURL(new RegExp(`/en/products/${product.handle}\\?review=published#reviews$`))
  await expect(page.getByTestId("review-notice")).toHaveText("Thank you! Your review is published.")
  const review = page.getByTestId("review").filter({ hasText: title })
  await expect(review).toBeVisible()
  await expect(review).toContainText(body)
  await expect(review.getByTestId("verified-purchase")).toHaveText("Verified purchase")
  await expect(review.getByRole("img", { name: "4 out of 5 stars" })).toBeVisible()
  await expect(review).toContainText("Lena")
  // Beside the title: the stars, the average and one review more than before.
  const badge = page.getByTestId("product-rating")
  await expect(badge.getByRole("link")).toHaveAttribute("href", "#reviews")
  await expect(badge.getByRole("img", { name: /^\d\.\d out of 5 stars$/ })).toBeVisible()
  await expect(badge).toContainText(before === 0 ? "4.0 (1 review)" : `(${before + 1} reviews)`)
  await expectAccessible(page)

  // Back on the order page the line shows the review, editable for 30 days.
  await page.goto(`/en/account/orders/${orderId}`)
  await expect(page.getByTestId(`line-review-${line.id}`).getByRole("img", { name: "4 out of 5 stars" })).toBeVisible()
  await expect(page.getByTestId(`edit-review-${line.id}`)).toHaveText("Edit review")
  await expect(page.getByTestId(`write-review-${line.id}`)).toHaveCount(0)

  // The seller answers in its workspace; the answer shows under the review.
  const workspace = await (await browser.newContext()).newPage()
  await workspace.goto("/en/sell/sign-in")
  await workspace.getByLabel("Email").fill(sellerLogin.email)
  await workspace.getByLabel("Password").fill(sellerLogin.password)
  await workspace.getByRole("button", { name: "Sign in" }).click()
  await workspace.getByRole("link", { name: "Reviews" }).click()
  await expect(workspace.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible()
  const card = workspace.locator("article").filter({ hasText: title })
  await expect(card).toContainText("Verified purchase")
  const answer = `Thank you, Lena! Harvest ${stamp} is our greenest yet.`
  await card.getByLabel("Your reply").fill(answer)
  await expectAccessible(workspace)
  await card.getByRole("button", { name: "Post reply" }).click()
  await expect(card.getByText(answer)).toBeVisible()
  await expect(card.getByLabel("Your reply")).toHaveCount(0)
  await workspace.context().close()
  await page.goto(`/en/products/${product.handle}#reviews`)
  await expect(page.getByTestId("review").filter({ hasText: title }).getByTestId("review-reply")).toContainText(answer)

  // An operator hides it from the admin's Reviews page: the product no longer shows or counts it.
  const admin = await (await browser.newContext()).newPage()
  await signInAdmin(admin)
  await admin.getByRole("link", { name: "Reviews" }).click()
  await admin.getByRole("combobox", { name: "Reviews to show" }).click()
  await admin.getByRole("option", { name: "Published" }).click()
  const row = admin.getByRole("row").filter({ hasText: title })
  await row.getByRole("button", { name: "Hide" }).click()
  await admin.getByRole("alertdialog").getByRole("button", { name: "Hide" }).click()
  await expect(admin.getByRole("row").filter({ hasText: title })).toHaveCount(0)
  await admin.context().close()
  // The backend tells the storefront to drop its cached copies a moment after the change. The page is still the
  // product's (#reviews): only a reload loads it again.
  await expect
    .poll(async () => {
      await page.reload()
      return [await page.getByTestId("review").filter({ hasText: title }).count(), await reviewCount(page)]
    })
    .toEqual([0, before])
})
