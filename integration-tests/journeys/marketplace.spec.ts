import { expect, test } from "@playwright/test"
import { backendUrl, signInAdmin } from "./admin"

test("an operator finds the pending seller and the proposed products in the admin", async ({ page }) => {
  await signInAdmin(page)

  await page.getByRole("link", { name: "Sellers" }).click()
  await expect(page).toHaveURL(/\/app\/sellers/)
  await expect(page.getByRole("row").filter({ hasText: "Meli & Elia" })).toContainText("Approved")
  const pending = page.getByRole("row").filter({ hasText: "Elbrösterei Hamburg" })
  await expect(pending).toContainText("Pending")
  await pending.click()
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Reject" })).toBeVisible()

  await page.goto(`${backendUrl}/app/moderation`)
  await expect(page.getByText("Carob Syrup")).toBeVisible()
  await expect(page.getByText("Cretan Dittany Tea")).toBeVisible()
})
