/** Why a promotion code was not applied; each has its own message for the shopper. */
export type PromoError = "empty" | "unknown" | "notApplicable" | "failed"

const MAX_LENGTH = 64

/** The code as typed, without surrounding spaces; null when empty, too long or containing spaces. */
export function parsePromoCode(value: unknown): string | null {
  if (typeof value !== "string") return null
  const code = value.trim()
  return code && code.length <= MAX_LENGTH && !/\s/.test(code) ? code : null
}

/**
 * The codes to try, in order. Medusa matches codes exactly and they are usually printed in capitals,
 * so "welcome10" is tried as typed and then as "WELCOME10".
 */
export function codeVariants(code: string): string[] {
  return [...new Set([code, code.toUpperCase()])]
}

/** Medusa answers 400 "The promotion code X is invalid" for a code that does not exist. */
export function isUnknownCode(error: unknown): boolean {
  const { status, message } = (error ?? {}) as { status?: number; message?: unknown }
  return status === 400 && typeof message === "string" && /promotion code .* is invalid/i.test(message)
}

/**
 * Whether the cart Medusa returned carries the code. A code that exists but does not apply (expired,
 * another region, rules not met) is skipped without an error, so this is the only sign of it.
 */
export function hasCode(cart: { promotions?: ({ code?: string | null } | null)[] | null }, code: string): boolean {
  return (cart.promotions ?? []).some((promotion) => promotion?.code === code)
}
