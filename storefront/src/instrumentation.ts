/**
 * Checks the environment once when the server starts, so a missing or malformed variable stops
 * it with one line naming the variable. Skipped during `next build`, which runs without them.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { assertConfig } = await import("@/lib/config")
    assertConfig()
  }
}
