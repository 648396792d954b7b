"use server"

import { redirect } from "next/navigation"
import { z } from "zod"

import { isLocale } from "@/lib/i18n/locales"

import { medusaFetch, statusOf } from "./customer-reads"

export type LookupState = { status: "idle" | "invalid" | "notFound" | "failed"; values?: { email: string; number: string } }

const Lookup = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  number: z.string().trim().regex(/^\d{1,12}$/),
})

/** A guest's order lookup by e-mail and order number; found, it opens the order's status page. */
export async function lookupOrder(_state: LookupState, form: FormData): Promise<LookupState> {
  const locale = form.get("locale")
  if (typeof locale !== "string" || !isLocale(locale)) throw new Error("Invalid locale")
  const values = { email: String(form.get("email") ?? ""), number: String(form.get("number") ?? "") }
  const parsed = Lookup.safeParse(values)
  if (!parsed.success) return { status: "invalid", values }
  let id: string
  try {
    const { order } = await medusaFetch<{ order: { id: string } }>("/store/orders/lookup", {
      method: "POST",
      body: { email: parsed.data.email, display_id: Number(parsed.data.number) },
    })
    id = order.id
  } catch (error) {
    if (statusOf(error) === 404) return { status: "notFound", values }
    console.error(`Order lookup failed: ${(error as Error).message}`)
    return { status: "failed", values }
  }
  redirect(`/${locale}/order/${id}`)
}
