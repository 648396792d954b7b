"use server"

import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { formLocale } from "@/lib/forms/state"
import { id } from "@/lib/workspace/fields"
import { formText, formValues, parseForm, refusal, type WorkspaceState } from "@/lib/workspace/form"
import {
  newProductSchema,
  productChanges,
  productEditSchema,
  readNewProduct,
  readProductEdit,
} from "@/lib/workspace/product-form"
import type { VendorProduct } from "@/lib/workspace/types"

import { tags } from "./tags"
import { vendorFetch } from "./vendor"
import { asSeller } from "./vendor-products"

const productIdSchema = id("prod")

/** Form action: lists a new product; it waits for review, and its page says so. */
export async function createProduct(_state: WorkspaceState, form: FormData): Promise<WorkspaceState> {
  const locale = formLocale(form)
  const values = formValues(form)
  const parsed = parseForm(newProductSchema(locale), readNewProduct(form))
  if (!parsed.ok) return { status: "invalid", message: "invalid", fieldErrors: parsed.fieldErrors, values }
  const created = await asSeller(locale, "creating a product", () =>
    vendorFetch<{ product: VendorProduct }>("/vendor/products", { method: "POST", body: parsed.data })
  )
  if (!created.ok) return refusal(created.status, created.message, values)
  // A plugin may publish it at once; the shop's lists then show it without waiting for their cache.
  if (created.value.product.status === "published") updateTag(tags.products)
  redirect(`/${locale}/sell/products/${created.value.product.id}?created=1`)
}

/**
 * Form action: saves an edit, sending only what changed. A changed title, description or image list of a
 * published product sends it back to review, and the answer says so.
 */
export async function updateProduct(_state: WorkspaceState, form: FormData): Promise<WorkspaceState> {
  const locale = formLocale(form)
  const values = formValues(form)
  const productId = productIdSchema.safeParse(formText(form, "product_id"))
  if (!productId.success) return { status: "failed", message: "notFound", values }
  const path = `/vendor/products/${productId.data}`
  const read = await asSeller(locale, "reading a product", () => vendorFetch<{ product: VendorProduct }>(path))
  if (!read.ok) return refusal(read.status, read.message, values)
  const current = read.value.product
  const input = readProductEdit(
    form,
    current.variants.map((variant) => variant.id)
  )
  const kept = current.images.map((image) => image.url)
  const parsed = parseForm(productEditSchema(locale, kept), input)
  if (!parsed.ok) return { status: "invalid", message: "invalid", fieldErrors: parsed.fieldErrors, values }
  const body = productChanges(current, parsed.data)
  if (!body) return { status: "saved", message: "unchanged" }
  const saved = await asSeller(locale, "updating a product", () =>
    vendorFetch<{ product: VendorProduct }>(path, { method: "POST", body })
  )
  if (!saved.ok) return refusal(saved.status, saved.message, values)
  updateTag(tags.product(current.handle))
  updateTag(tags.products)
  refresh()
  const review = current.status !== "proposed" && saved.value.product.status === "proposed"
  return { status: "saved", message: review ? "savedReview" : "saved" }
}

/** Form action: deletes one of the seller's products and returns to the list. */
export async function deleteProduct(_state: WorkspaceState, form: FormData): Promise<WorkspaceState> {
  const locale = formLocale(form)
  const productId = productIdSchema.safeParse(formText(form, "product_id"))
  if (!productId.success) return { status: "failed", message: "notFound" }
  const path = `/vendor/products/${productId.data}`
  const read = await asSeller(locale, "reading a product", () => vendorFetch<{ product: VendorProduct }>(path))
  if (!read.ok) return refusal(read.status, read.message)
  const deleted = await asSeller(locale, "deleting a product", () => vendorFetch(path, { method: "DELETE" }))
  if (!deleted.ok) return refusal(deleted.status, deleted.message)
  updateTag(tags.product(read.value.product.handle))
  updateTag(tags.products)
  redirect(`/${locale}/sell/products?deleted=1`)
}
