import { Api, explained } from "./store"
import { identityOf, verifyEmail } from "./verify"

export type Actor = { token: string; headers: { authorization: string } }
export type SellerActor = Actor & { id: string; handle: string; email: string }

const bearer = (token: string): Actor => ({ token, headers: { authorization: `Bearer ${token}` } })

/** Signs in the seeded operator. */
export async function signInAdmin(api: Api): Promise<Actor> {
  const { data } = await explained(api).post("/auth/user/emailpass", { email: "admin@agora.local", password: "agora-admin" })
  return bearer(data.token)
}

/**
 * Registers a seller the way the seller app does: a `seller` identity, the seller itself (pending),
 * then a refreshed token that carries the new member as actor.
 */
export async function registerSeller(api: Api, handle: string, name = handle, locale?: string): Promise<SellerActor> {
  const email = `${handle}@sellers.example`
  const { data: registered } = await explained(api).post("/auth/seller/emailpass/register", { email, password: "seller-secret-1" })
  const { data } = await explained(api).post(
    "/vendor/sellers",
    { handle, name, email, country_code: "de", locale },
    { headers: { authorization: `Bearer ${registered.token}` } }
  )
  await verifyEmail(identityOf(registered.token), email)
  const { data: refreshed } = await explained(api).post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${registered.token}` } })
  return { ...bearer(refreshed.token), id: data.seller.id, handle, email }
}

export async function approveSeller(api: Api, admin: Actor, sellerId: string) {
  await explained(api).post(`/admin/sellers/${sellerId}/approve`, {}, { headers: admin.headers })
}

/** A one-variant product body as a seller sends it. */
export function productBody(title: string, price: number, stock: number) {
  return {
    title,
    description: `${title}, made by hand.`,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [
      {
        title: "One size",
        options: { Size: "One size" },
        prices: [{ currency_code: "eur", amount: price }],
        inventory_quantity: stock,
      },
    ],
  }
}

/** Creates a product as the seller and has the operator approve it; returns its id and variant id. */
export async function listApprovedProduct(api: Api, admin: Actor, seller: Actor, title: string, price: number, stock: number) {
  const { data } = await explained(api).post("/vendor/products", productBody(title, price, stock), { headers: seller.headers })
  await explained(api).post(`/admin/moderation/products/${data.product.id}`, { decision: "approve" }, { headers: admin.headers })
  return { id: data.product.id as string, variantId: data.product.variants[0].id as string }
}

/** Polls until `check` returns a value (for work done by subscribers after a request returns). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error("condition not reached in time")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The response of a request expected to fail (axios rejects on non-2xx). */
export function failure(request: Promise<unknown>): Promise<{ status: number; data: any; headers: Record<string, string> }> {
  return request.then(
    (response: any) => ({ status: response.status, data: response.data, headers: response.headers }),
    (error: any) => ({ status: error.response?.status, data: error.response?.data, headers: error.response?.headers ?? {} })
  )
}
