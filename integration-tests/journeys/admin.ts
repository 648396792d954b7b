import { expect, Page } from "@playwright/test"

export const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** Signs in to the Medusa admin with the login `npm start` prints. */
export async function signInAdmin(page: Page) {
  await page.goto(`${backendUrl}/app`)
  await page.getByPlaceholder("Email").fill("admin@agora.local")
  await page.getByPlaceholder("Password").fill("agora-admin")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/)
}
