import { APIRequestContext, APIResponse, expect, Page } from "@playwright/test"

export const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** Signs in to the Medusa admin with the login `npm start` prints. */
export async function signInAdmin(page: Page) {
  await page.goto(`${backendUrl}/app`)
  await page.getByPlaceholder("Email").fill("admin@agora.local")
  await page.getByPlaceholder("Password").fill("agora-admin")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/)
}

/** The backend's API as a journey uses it: bodies of checked responses, an admin token and the store's publishable key. */
export async function backendApi(request: APIRequestContext) {
  const json = async (response: APIResponse): Promise<any> => {
    expect(response.ok(), `${response.url()} -> ${response.status()}: ${await response.text()}`).toBe(true)
    return response.json()
  }
  const { token } = await json(
    await request.post(`${backendUrl}/auth/user/emailpass`, { data: { email: "admin@agora.local", password: "agora-admin" } })
  )
  const admin = { authorization: `Bearer ${token}` }
  const { api_keys } = await json(await request.get(`${backendUrl}/admin/api-keys?type=publishable`, { headers: admin }))
  return { json, admin, store: { "x-publishable-api-key": api_keys[0].token } }
}
