import "server-only"

import { redirect } from "next/navigation"
import { cache } from "react"

import { getConfig } from "@/lib/config"
import type { Locale } from "@/lib/i18n/locales"
import { attempt, type Attempt } from "@/lib/workspace/call"
import { id } from "@/lib/workspace/fields"
import type { ProductStatus, VendorProduct } from "@/lib/workspace/types"

import { getSellerToken, removeSellerToken } from "./cookies"
import { statusOf } from "./customer-reads"
import { mediaUrl } from "./social"
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
 * One of the signed-in seller's products; null for a malformed id, a product that does not exist or is another
 * seller's (the Vendor API answers 404 to both), or nobody signed in. Read once per request.
 */
export const retrieveVendorProduct = cache(async (productIdText: string): Promise<VendorProduct | null> => {
  if (!productId.safeParse(productIdText).success || !(await getSellerToken())) return null
  try {
    return (await vendorFetch<{ product: VendorProduct }>(`/vendor/products/${productIdText}`)).product
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 401) return null
    throw error
  }
})

type UploadResult = { status: number; body: { files: { id: string; url: string }[] } | { message: string } }

/**
 * Stores one product image through `POST /vendor/uploads` with the seller cookie's token, for the upload proxy
 * (app/api/vendor/uploads). Answers the backend's status and body, URLs made absolute for the browser.
 */
export async function uploadVendorImage(file: File): Promise<UploadResult> {
  const token = await getSellerToken()
  if (!token) return { status: 401, body: { message: "Sign in as a seller to upload images" } }
  const body = new FormData()
  body.append("files", file, file.name || "image")
  // The sdk's client sends JSON; a multipart body goes out with fetch, which sets its boundary.
  const response = await fetch(`${getConfig().medusaBackendUrl}/vendor/uploads`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body,
    cache: "no-store",
  })
  const json = (await response.json().catch(() => ({}))) as { files?: { id: string; url: string }[]; message?: string }
  if (!response.ok) return { status: response.status, body: { message: json.message ?? response.statusText } }
  const files = (json.files ?? []).map((stored) => ({ id: stored.id, url: mediaUrl(stored.url) }))
  return { status: response.status, body: { files } }
}

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
