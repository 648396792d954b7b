// The e-mail verification and password reset forms' fields and checks, shared by the server actions and their tests.
import { z } from "zod"

import { parseFields } from "@/lib/forms/parse"

export type SecurityFieldError = "required" | "invalid" | "tooLong" | "tooShort" | "mismatch"

/** Whose login a reset or verification is about: Medusa's actor types `customer` and `seller`. */
export const ACTORS = ["customer", "seller"] as const
export type Actor = (typeof ACTORS)[number]

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("invalid"))
// As at sign-up: taken as typed, at least 8 characters.
const password = z.string().min(1, "required").min(8, "tooShort").max(128, "tooLong")
// Medusa's reset tokens are JWTs; its verification codes 32 random bytes in base64url.
const RESET_TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/
const CODE = /^[A-Za-z0-9_-]{16,200}$/

export const actorSchema = z.enum(ACTORS, "invalid")

/** Asking for a reset link. */
export const resetRequestSchema = z.strictObject({ actor: actorSchema, email })

/** Choosing the new password, with the link's token and e-mail address; `confirm` repeats the password. */
export const newPasswordSchema = z
  .strictObject({
    actor: actorSchema,
    token: z.string().max(4096, "invalid").regex(RESET_TOKEN, "invalid"),
    email,
    password,
    confirm: z.string(),
  })
  .refine((input) => input.confirm === input.password, { path: ["confirm"], message: "mismatch" })

/** A reset link's token as Medusa issues them; anything else is a broken link. */
export function isResetToken(value: unknown): value is string {
  return typeof value === "string" && value.length <= 4096 && RESET_TOKEN.test(value)
}

/** A verification link's code; anything else is an incomplete link. */
export function isVerificationCode(value: unknown): value is string {
  return typeof value === "string" && CODE.test(value)
}

export const codeSchema = z.strictObject({ code: z.string().regex(CODE, "invalid") })

const CODES = ["required", "tooLong", "tooShort", "mismatch"] as const

/** Validates `input`; failures come back as one error per field. */
export const parseSecurity = <S extends z.ZodType>(schema: S, input: unknown) => parseFields(schema, input, CODES)
