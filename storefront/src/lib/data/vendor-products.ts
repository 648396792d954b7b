import "server-only"

import { redirect } from "next/navigation"
import { cache } from "react"

import type { Locale } from "@/lib/i18n/locales"
import { attempt, type Attempt } from "@/lib/workspace/call"
import { id } from "@/lib/workspace/fields"
import type { ProductStatus, VendorProduct } from "@/lib/workspace/types"

import { getSellerToken, removeSellerToken } from "./cookies"
import { statusOf } from "./customer-reads"
import { vendorFetch } from "./vendor"

export const PRODUCTS_PAGE_SIZE = 20

const productId = id("prod")

/** One page of the signed-in seller's products, newest first, optionally of one status. */
export async function listVendorProducts({
  status,
  page,
}: {
  status: ProductStatus | null
  page: number
}): Promise<{ products: VendorProduct[]; count: number }> {
  const { products, count } = await vendorFetch<{ products: VendorProduct[]; count: number }>("/vendor/products", {
    query: { limit: PRODUCTS_PAGE_SIZE, offset: (page - 1) * PRODUCTS_PAGE_SIZE, ...(status ? { status } : {}) },
  })
  return { products, count }
}

/**
 * One of the signed-in seller's own records, `GET /vendor/<path>` answered as `{ <key>: ... }`; null when nobody
 * is signed in, or when the Vendor API answers 404 (there is none, or it is another seller's) or 401.
 */
export async function retrieveOwn<T>(path: string, key: string): Promise<T | null> {
  if (!(await getSellerToken())) return null
  try {
    return (await vendorFetch<Record<string, T>>(path))[key]
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 401) return null
    throw error
  }
}

/** One of the signed-in seller's products; null for a malformed id or as retrieveOwn. Read once per request. */
export const retrieveVendorProduct = cache(async (productIdText: string) =>
  productId.safeParse(productIdText).success
    ? retrieveOwn<VendorProduct>(`/vendor/products/${productIdText}`, "product")
    : null
)

/**
 * A Vendor API call as the signed-in seller, for the workspace's form actions (products and orders). A missing
 * or expired session goes to the seller sign-in; anything else comes back for the form to show. Failures that
 * are not the backend's answer to the request are logged.
 */
export async function asSeller<T>(locale: Locale, what: string, call: () => Promise<T>): Promise<Attempt<T>> {
  const result = (await getSellerToken()) ? await attempt(call) : ({ ok: false, status: 401, message: "" } as const)
  if (!result.ok && result.status === 401) {
    // Only actions call this, where the cookie can change.
    await removeSellerToken()
    redirect(`/${locale}/sell/sign-in`)
  }
  if (!result.ok && (result.status === undefined || result.status >= 500)) {
    console.error(`Workspace: ${what} failed: ${result.message}`)
  }
  return result
}
