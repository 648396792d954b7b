import { expect, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { backendUrl, signInAdmin } from "./admin"
import { mailedLink } from "./mailbox"
import { checkoutPayingLater, verifyEmail } from "./shopper"

test("a new seller is approved, lists a product that is approved, sells it and ships it with tracking", async ({ browser }) => {
  const stamp = Date.now()
  const shop = `Rhodos Bees ${stamp}`
  const title = `Pine Honey ${stamp}`
  const tracking = `ELTA-${stamp}`

  // A visitor applies to sell; the application waits for an operator.
  const sellerContext = await browser.newContext()
  const seller = await sellerContext.newPage()
  await seller.goto("/en/sell")
  await expect(seller.getByRole("heading", { name: "Sell on Agora" })).toBeVisible()
  const login = `rhodos-${stamp}@example.com`
  await seller.getByLabel("Email", { exact: true }).fill(login)
  await seller.getByLabel("Password").fill("rhodos-bees-1")
  await seller.getByLabel("Shop name").fill(shop)
  await seller.getByLabel("Shop handle").fill(`rhodos-bees-${stamp}`)
  await seller.getByLabel("Contact e-mail").fill(`shop-${stamp}@example.com`)
  await seller.getByLabel("Country", { exact: true }).selectOption("gr")
  await expectAccessible(seller)
  await seller.getByRole("button", { name: "Apply to sell" }).click()
  await expect(seller.getByRole("heading", { name: "Your application is being reviewed" })).toBeVisible()
  await expectAccessible(seller)
  // The review waits for the sign-in address to be verified through the mailed link.
  await verifyEmail(seller, login, "/en/sell/verify-email")

  // The operator approves the seller in the Medusa admin.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signInAdmin(admin)
  await admin.goto(`${backendUrl}/app/sellers`)
  await admin.getByRole("row").filter({ hasText: shop }).click()
  await admin.getByRole("button", { name: "Approve" }).click()
  await expect(admin.getByText(`${shop} is approved`)).toBeVisible()
  // The shop's contact address hears of it, with a link to the workspace.
  await mailedLink(`shop-${stamp}@example.com`, "seller_approved", "http://localhost:8000/en/sell/dashboard")

  // The seller's next visit opens the workspace; the new product goes to review.
  await seller.goto("/en/sell/dashboard")
  await expect(seller.getByRole("heading", { name: "Dashboard" })).toBeVisible()
  await expectAccessible(seller)
  const workspace = seller.getByRole("navigation", { name: "Seller workspace" })
  await workspace.getByRole("link", { name: "Products" }).click()
  await seller.getByRole("link", { name: "New product" }).click()
  await expect(seller.getByRole("heading", { name: "New product" })).toBeVisible()
  await seller.getByLabel("Title").fill(title)
  await seller.getByLabel("Description").fill("Dark, thick honey from the pine forests of Rhodes.")
  await seller.getByLabel("Price (EUR) for Standard").fill("16.50")
  await seller.getByLabel("Stock for Standard").fill("12")
  await expectAccessible(seller)
  await seller.getByRole("button", { name: "Submit for review" }).click()
  await expect(seller.getByRole("heading", { name: title })).toBeVisible()
  await expect(seller.getByText("In review").first()).toBeVisible()

  // The operator publishes it from the moderation queue.
  await admin.goto(`${backendUrl}/app/moderation`)
  const proposal = admin.locator("div", { has: admin.getByText(title, { exact: true }) }).filter({ has: admin.getByRole("button", { name: "Approve" }) }).last()
  await proposal.getByRole("button", { name: "Approve" }).click()
  await expect(admin.getByText(`"${title}" is published`)).toBeVisible()

  // A guest finds the product in the catalog and buys it.
  const shopperContext = await browser.newContext()
  const shopper = await shopperContext.newPage()
  await shopper.goto("/en")
  await shopper.getByRole("button", { name: "Necessary only" }).click()
  await expect(async () => {
    await shopper.goto(`/en/products?q=${encodeURIComponent(title)}`)
    await shopper.getByTestId("product-card").filter({ hasText: title }).click({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await shopper.getByTestId("add-to-cart").click()
  await expect(shopper.getByTestId("cart-count")).toHaveText("1")
  const { orderId, number } = await checkoutPayingLater(shopper, `buyer-${stamp}@example.com`)

  // The seller fulfils the order in the workspace and adds tracking.
  await expect(async () => {
    await seller.goto("/en/sell/orders")
    await seller.getByRole("link", { name: `#${number}` }).click({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(seller.getByRole("heading", { name: `Order #${number}` })).toBeVisible()
  await seller.getByRole("button", { name: "Create fulfilment" }).click()
  await seller.getByLabel("Carrier").fill("ELTA")
  await seller.getByLabel("Tracking number").fill(tracking)
  await seller.getByLabel("Tracking URL").fill(`https://tracking.example.com/${tracking}`)
  await expectAccessible(seller)
  await seller.getByRole("button", { name: "Add tracking" }).click()
  await expect(seller.getByRole("button", { name: "Mark as delivered" })).toBeVisible()

  // The customer sees the parcel's tracking in the order's timeline.
  await shopper.goto(`/en/order/${orderId}`)
  const timeline = shopper.getByRole("list", { name: `Progress of the items from ${shop}` })
  await expect(timeline.getByRole("link", { name: new RegExp(`Track parcel ${tracking}`) })).toHaveAttribute("href", `https://tracking.example.com/${tracking}`)
  await expectAccessible(shopper)
  for (const context of [sellerContext, adminContext, shopperContext]) await context.close()
})
