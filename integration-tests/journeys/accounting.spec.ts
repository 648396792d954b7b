import { expect, test } from "@playwright/test"
import { backendApi, backendUrl, signInAdmin } from "./admin"

test("an operator finds a new order's Lexoffice invoice on the Finance page and the order page", async ({ page, request }) => {
  const { json, admin, store } = await backendApi(request)

  // A guest's order, paid with the system provider, through the Store API.
  const { regions } = await json(await request.get(`${backendUrl}/store/regions`, { headers: store }))
  const { products } = await json(await request.get(`${backendUrl}/store/products?handle=cretan-olive-oil&fields=variants.id`, { headers: store }))
  const address = { first_name: "Lena", last_name: "Vogel", address_1: "Hauptstraße 1", city: "Köln", postal_code: "50667", country_code: "de" }
  const { cart } = await json(await request.post(`${backendUrl}/store/carts`, { headers: store, data: { region_id: regions.find((r: { name: string }) => r.name === "Europe").id, email: `books-${Date.now()}@example.com` } }))
  await json(await request.post(`${backendUrl}/store/carts/${cart.id}/line-items`, { headers: store, data: { variant_id: products[0].variants[0].id, quantity: 2 } }))
  await json(await request.post(`${backendUrl}/store/carts/${cart.id}`, { headers: store, data: { shipping_address: address, billing_address: address } }))
  const { shipping_options } = await json(await request.get(`${backendUrl}/store/shipping-options?cart_id=${cart.id}`, { headers: store }))
  await json(await request.post(`${backendUrl}/store/carts/${cart.id}/shipping-methods`, { headers: store, data: { option_id: shipping_options[0].id } }))
  const { payment_collection } = await json(await request.post(`${backendUrl}/store/payment-collections`, { headers: store, data: { cart_id: cart.id } }))
  await json(
    await request.post(`${backendUrl}/store/payment-collections/${payment_collection.id}/payment-sessions`, { headers: store, data: { provider_id: "pp_system_default" } })
  )
  const { order } = await json(await request.post(`${backendUrl}/store/carts/${cart.id}/complete`, { headers: store }))

  // The invoice is made on the fake Lexoffice that npm start runs.
  let voucher = ""
  await expect
    .poll(async () => {
      const { syncs } = await json(await request.get(`${backendUrl}/admin/lexoffice/syncs?order_id=${order.id}`, { headers: admin }))
      voucher = syncs[0]?.voucher_number ?? ""
      return syncs[0]?.status
    }, { timeout: 30_000 })
    .toEqual("synced")

  await signInAdmin(page)
  await page.getByRole("link", { name: "Finance" }).click()
  await expect(page).toHaveURL(/\/app\/lexoffice/)
  await page.getByPlaceholder("Order ID").fill(order.id)
  // Voucher numbers restart with the fake's memory, so the row is found by the order.
  const row = page.getByRole("row").filter({ hasText: order.id })
  await expect(row).toContainText("Synced")
  await expect(row).toContainText(voucher)

  await page.goto(`${backendUrl}/app/orders/${order.id}`)
  await expect(page.getByRole("heading", { name: "Lexoffice" })).toBeVisible()
  await expect(page.getByText(voucher).first()).toBeVisible()
})
