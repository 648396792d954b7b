import { expect, test } from "@playwright/test"
import { backendApi, backendUrl, signInAdmin } from "./admin"

test("an operator hides a reported post from the Reports page", async ({ page, request }) => {
  const { json, admin, store } = await backendApi(request)

  // A new shopper reports one of a demo seller's posts, with a note to find it by.
  const email = `reporter-${Date.now()}@example.com`
  const { token: registered } = await json(
    await request.post(`${backendUrl}/auth/customer/emailpass/register`, { data: { email, password: "reporter-secret" } })
  )
  await json(
    await request.post(`${backendUrl}/store/customers`, {
      headers: { ...store, authorization: `Bearer ${registered}` },
      data: { email, first_name: "Rita", last_name: "Reporter" },
    })
  )
  const { token } = await json(await request.post(`${backendUrl}/auth/customer/emailpass`, { data: { email, password: "reporter-secret" } }))
  const shopper = { ...store, authorization: `Bearer ${token}` }
  const { posts } = await json(await request.get(`${backendUrl}/store/profiles/meli-elia/posts?limit=1`, { headers: store }))
  const post = posts[0]
  const note = `Looks copied (${email})`
  await json(await request.post(`${backendUrl}/store/posts/${post.id}/reports`, { headers: shopper, data: { reason: "misleading", note } }))

  await signInAdmin(page)
  await page.getByRole("link", { name: "Reports" }).click()
  await expect(page).toHaveURL(/\/app\/social-reports/)
  const report = page.locator("div").filter({ hasText: note }).filter({ has: page.getByRole("button", { name: "Hide post" }) }).last()
  await expect(report).toContainText("@meli-elia")
  await report.getByRole("button", { name: "Hide post" }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Hide" }).click()
  await expect(page.getByText(note)).toHaveCount(0)

  expect((await request.get(`${backendUrl}/store/posts/${post.id}`, { headers: store })).status()).toBe(404)
  // Put the demo post back, so the journey can run again on the same stack.
  await json(await request.post(`${backendUrl}/admin/social/posts/${post.id}/restore`, { headers: admin, data: {} }))
})
