// Field rules shared by the workspace's form schemas. Error messages are the form's error codes (form.ts).
import { z } from "zod"

import { MAX_PRICE, parseMoney } from "./money"

/** A required line of text, trimmed. */
export const required = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")

/** Optional text, trimmed; "" when left empty. */
export const optional = (max: number) => z.string().trim().max(max, "tooLong")

/** A whole number typed in a field, 0 up to `max`. */
export const count = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .regex(/^\d{1,9}$/, "wholeNumber")
    .transform(Number)
    .refine((value) => value <= max, "tooHigh")

/** An optional whole number (the weight): null when left empty. */
export const optionalCount = (max: number) =>
  z
    .string()
    .trim()
    .transform((text) => (text === "" ? null : text))
    .pipe(
      z
        .string()
        .regex(/^\d{1,9}$/, "wholeNumber")
        .transform(Number)
        .refine((value) => value <= max, "tooHigh")
        .nullable()
    )

/** The amount of a price typed in the locale ("12,50" or "12.50"), above 0 and within the API's bounds. */
function amount(text: string, locale: string, ctx: z.RefinementCtx): number {
  const value = parseMoney(text, locale)
  if (value === null || value <= 0) ctx.addIssue({ code: "custom", message: "price" })
  else if (value > MAX_PRICE) ctx.addIssue({ code: "custom", message: "tooHigh" })
  else return value
  return z.NEVER
}

/** A required price as typed in the locale. */
export const price = (locale: string) =>
  z.string().transform((text, ctx) => {
    if (text.trim() !== "") return amount(text, locale, ctx)
    ctx.addIssue({ code: "custom", message: "required" })
    return z.NEVER
  })

/** An optional price as typed in the locale; null when left empty. */
export const optionalPrice = (locale: string) =>
  z.string().transform((text, ctx) => (text.trim() === "" ? null : amount(text, locale, ctx)))

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === "http:" || protocol === "https:"
  } catch {
    return false
  }
}

/** A Medusa id with its prefix (`prod_…`, `variant_…`, `order_…`, `ful_…`, `ordli_…`). */
export const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,64}$`), "invalid")
