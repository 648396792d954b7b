// What a refused verification link means for the visitor (Medusa's token verification,
// POST /auth/verification/confirm).

export type ConfirmProblem = "invalid" | "expired" | "failed"

/**
 * Medusa answers 400 `not_allowed` with "Verification code has expired" or "Verification code is invalid or already
 * used" (and for a code of another provider); anything else is a failure on our side.
 */
export function confirmProblem(status: number | undefined, message: string): ConfirmProblem {
  if (status !== 400) return "failed"
  return /expired/i.test(message) ? "expired" : "invalid"
}
