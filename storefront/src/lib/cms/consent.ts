import type { ConsentKey } from "./types"

/** The visitor's cookie choice: the accepted categories, e.g. "necessary.analytics". */
export const CONSENT_COOKIE = "agora_consent"
/** Asked again after six months, as German regulators recommend re-confirming consent. */
export const CONSENT_MAX_AGE = 60 * 60 * 24 * 182
/** Dispatched on window to reopen the banner (the footer's "Cookie settings"). */
export const CONSENT_OPEN_EVENT = "agora:consent-open"
/** Dispatched on window with the accepted keys after a choice, for scripts that wait for consent. */
export const CONSENT_CHANGE_EVENT = "agora:consent"

const KEYS: readonly ConsentKey[] = ["necessary", "analytics", "marketing"]

/** The accepted categories from the cookie, or null when there is no valid choice yet. */
export function parseConsent(value: string | undefined | null): ConsentKey[] | null {
  if (!value) return null
  const keys = value.split(".")
  if (!keys.every((key): key is ConsentKey => (KEYS as readonly string[]).includes(key))) return null
  return keys.includes("necessary") ? [...new Set(keys)] : null
}

/** The cookie value for a choice; necessary cookies are always part of it. */
export function serializeConsent(keys: Iterable<ConsentKey>): string {
  const chosen = new Set<ConsentKey>(["necessary", ...keys])
  return KEYS.filter((key) => chosen.has(key)).join(".")
}
