import { expect, test } from "@playwright/test"
import { backendApi, backendUrl } from "./admin"

test("a shopper pays on Viva Wallet's page and the order is placed and captured", async ({ page, request }) => {
  const { json, admin, store } = await backendApi(request)

  // The storefront's part, through the Store API: a cart with a demo product and a Viva payment session.
  const { regions } = await json(await request.get(`${backendUrl}/store/regions`, { headers: store }))
  const { products } = await json(await request.get(`${backendUrl}/store/products?handle=wildflower-honey&fields=variants.id`, { headers: store }))
  const email = `viva-${Date.now()}@example.com`
  const address = { first_name: "Eva", last_name: "Schmidt", address_1: "Kastanienallee 12", city: "Berlin", postal_code: "10435", country_code: "de" }
  const { cart } = await json(await request.post(`${backendUrl}/store/carts`, { headers: store, data: { region_id: regions[0].id, email } }))
  await json(await request.post(`${backendUrl}/store/carts/${cart.id}/line-items`, { headers: store, data: { variant_id: products[0].variants[0].id, quantity: 1 } }))
  await json(await request.post(`${backendUrl}/store/carts/${cart.id}`, { headers: store, data: { shipping_address: address, billing_address: address } }))
  const { shipping_options } = await json(await request.get(`${backendUrl}/store/shipping-options?cart_id=${cart.id}`, { headers: store }))
  await json(await request.post(`${backendUrl}/store/carts/${cart.id}/shipping-methods`, { headers: store, data: { option_id: shipping_options[0].id } }))
  const { payment_collection: collection } = await json(await request.post(`${backendUrl}/store/payment-collections`, { headers: store, data: { cart_id: cart.id } }))
  const { payment_collection } = await json(
    await request.post(`${backendUrl}/store/payment-collections/${collection.id}/payment-sessions`, {
      headers: store,
      data: { provider_id: "pp_vivawallet_vivawallet" },
    })
  )
  const session = payment_collection.payment_sessions[0].data

  // The shopper pays on Viva's page (the fake Viva that npm start runs) and is sent back to the shop.
  await page.goto(session.checkout_url)
  await expect(page.getByTestId("amount")).toContainText(String(payment_collection.amount).split(".")[0])
  await page.getByRole("button", { name: "Pay" }).click()
  await page.waitForURL(/\/checkout\?.*s=\d+&t=[0-9a-f-]+/)
  expect(new URL(page.url()).searchParams.get("s")).toEqual(session.order_code)

  // Back in the shop the storefront completes the cart; Viva's webhook may have done it already.
  const completed = await json(await request.post(`${backendUrl}/store/carts/${cart.id}/complete`, { headers: store }))
  expect(completed.type).toEqual("order")
  const { order } = await json(await request.get(`${backendUrl}/admin/orders/${completed.order.id}?fields=email,payment_collections.status`, { headers: admin }))
  expect(order.email).toEqual(email)
  await expect.poll(async () => (await json(await request.get(`${backendUrl}/admin/orders/${completed.order.id}?fields=payment_collections.status`, { headers: admin }))).order.payment_collections[0].status).toEqual("completed")
})
