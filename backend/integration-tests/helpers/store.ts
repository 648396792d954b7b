import { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo } from "../../src/scripts/seed"
import { identityOf, useContainer, verifyEmail } from "./verify"

export type Api = {
  get: (url: string, config?: object) => Promise<{ status: number; data: any }>
  post: (url: string, body?: object, config?: object) => Promise<{ status: number; data: any }>
  delete: (url: string, config?: object) => Promise<{ status: number; data: any }>
}

export type Shop = { regionId: string; headers: Record<string, string> }

/**
 * Seeds the demo store and returns what a storefront needs: the region and the publishable key header.
 * The demo posts, follows and likes (8 s of workflows) only when a spec asks for them.
 */
export async function seedShop(container: MedusaContainer, { social = false } = {}): Promise<Shop> {
  useContainer(container)
  const setup = await seedDemo(container, { social })
  return { regionId: setup.regionId, headers: { "x-publishable-api-key": setup.publishableKey } }
}

/**
 * Registers a customer account the way the storefront does and returns a signed-in token. Its e-mail is verified
 * unless `verified: false`.
 */
export async function signUpCustomer(
  api: Api,
  shop: Shop,
  {
    email,
    first_name = "Nikos",
    last_name = "Papadopoulos",
    locale,
    verified = true,
  }: { email: string; first_name?: string; last_name?: string; locale?: string; verified?: boolean }
): Promise<string> {
  const ok = explained(api)
  const password = "correct-horse-battery"
  const { data: registered } = await ok.post("/auth/customer/emailpass/register", { email, password })
  const metadata = locale ? { locale } : undefined
  await ok.post("/store/customers", { email, first_name, last_name, metadata }, { headers: { ...shop.headers, authorization: `Bearer ${registered.token}` } })
  if (verified) await verifyEmail(identityOf(registered.token), email)
  const { data: login } = await ok.post("/auth/customer/emailpass", { email, password })
  return login.token
}

export const address = {
  first_name: "Eva",
  last_name: "Schmidt",
  address_1: "Kastanienallee 12",
  city: "Berlin",
  postal_code: "10435",
  country_code: "de",
}

/**
 * Walks a cart from creation to a placed order the way a storefront does: add line items, set the
 * addresses, pick the cheapest shipping option, pay with the system provider and complete.
 */
export async function checkout(
  rawApi: Api,
  shop: Shop,
  {
    email,
    token,
    ...lines
  }: { email: string; token?: string } & ({ variantId: string; quantity: number } | { items: { variantId: string; quantity: number }[] })
) {
  const items = "items" in lines ? lines.items : [{ variantId: lines.variantId, quantity: lines.quantity }]
  const api = explained(rawApi)
  const headers = { ...shop.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }
  const options = { headers }

  const { data: created } = await api.post("/store/carts", { region_id: shop.regionId }, options)
  const cartId = created.cart.id
  for (const item of items) {
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: item.variantId, quantity: item.quantity }, options)
  }
  await api.post(
    `/store/carts/${cartId}`,
    { email, shipping_address: address, billing_address: address },
    options
  )

  const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${cartId}`, options)
  const cheapest = [...shipping.shipping_options].sort((a, b) => a.amount - b.amount)[0]
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: cheapest.id }, options)

  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, options)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    options
  )

  const { data: cart } = await api.get(`/store/carts/${cartId}`, options)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, options)
  return { cart: cart.cart, shippingOption: cheapest, completed }
}

/** The same api, but a failed request throws with the route and the response body, not just the status. */
export function explained(api: Api): Api {
  const explain = (method: string, url: string) => (error: any) => {
    const { status, data } = error.response ?? {}
    throw new Error(`${method} ${url} -> ${status}: ${JSON.stringify(data)}`)
  }
  return {
    get: (url, config) => api.get(url, config).catch(explain("GET", url)),
    post: (url, body, config) => api.post(url, body, config).catch(explain("POST", url)),
    delete: (url, config) => api.delete(url, config).catch(explain("DELETE", url)),
  }
}
