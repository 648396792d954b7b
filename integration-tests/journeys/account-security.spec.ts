import { expect, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { mailedLink } from "./mailbox"
import { password, signUp, verifyEmail } from "./shopper"

test("a customer verifies the e-mail, resets a forgotten password and turns off e-mails about likes", async ({ browser }) => {
  const email = `ioanna-${Date.now()}@example.com`
  const context = await browser.newContext()
  const page = await context.newPage()

  // The account asks for the e-mail address to be verified until the mailed link is opened.
  await signUp(page, { firstName: "Ioanna", lastName: "Deli", email })
  await expect(page.getByTestId("verify-notice")).toContainText(email)
  await expectAccessible(page)
  await verifyEmail(page, email)
  await expectAccessible(page)
  await page.goto("/en/account")
  await expect(page.getByTestId("verify-notice")).toHaveCount(0)

  // Elsewhere, without the password: the reset link comes by e-mail and sets a new one.
  const elsewhere = await browser.newContext()
  const visitor = await elsewhere.newPage()
  await visitor.goto("/en/account")
  await visitor.getByTestId("forgot-password").click()
  // The account page has two e-mail fields of its own; fill the reset form's once it is there.
  await visitor.waitForURL("**/en/account/reset-password")
  await visitor.getByLabel("Email").fill(email)
  await visitor.getByTestId("reset-request-submit").click()
  await expect(visitor.getByText("If an account exists for this address, we sent a link.")).toBeVisible()
  await expectAccessible(visitor)
  const link = await mailedLink(email, "password_reset", "http://localhost:8000/en/account/reset-password?token=")
  await visitor.goto(link)
  await visitor.getByLabel("New password", { exact: true }).fill("a-brand-new-passphrase")
  await visitor.getByLabel("Confirm new password").fill("a-brand-new-passphrase")
  await expectAccessible(visitor)
  await visitor.getByTestId("new-password-submit").click()
  await expect(visitor.getByTestId("password-changed")).toContainText("Your password was changed. Please sign in.")

  // The old password no longer works; the new one does. The first browser's session ended with the reset.
  const form = visitor.locator("form", { has: visitor.getByRole("button", { name: "Sign in" }) })
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill(password)
  await form.getByRole("button", { name: "Sign in" }).click()
  await expect(form.getByRole("alert").or(form.getByRole("status")).first()).toBeVisible()
  await form.getByLabel("Password").fill("a-brand-new-passphrase")
  await form.getByRole("button", { name: "Sign in" }).click()
  await expect(visitor.getByRole("heading", { name: "Hello, Ioanna" })).toBeVisible()
  await page.goto("/en/account")
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible()

  // Notification settings: e-mails about likes off, in-app ones stay on; order notices cannot be turned off.
  await visitor.goto("/en/account/notifications/settings")
  await expect(visitor.getByRole("heading", { name: "Notification settings" })).toBeVisible()
  await expect(visitor.getByTestId("preference-order_shipped-email")).toBeDisabled()
  await visitor.getByTestId("preference-post_liked-email").uncheck()
  await visitor.getByTestId("save-preferences").click()
  await expect(visitor.getByText("Your settings were saved.")).toBeVisible()
  await expectAccessible(visitor)
  await visitor.reload()
  await expect(visitor.getByTestId("preference-post_liked-email")).not.toBeChecked()
  await expect(visitor.getByTestId("preference-post_liked-in_app")).toBeChecked()
  await context.close()
  await elsewhere.close()
})
