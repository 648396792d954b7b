// What happens to the carts when a visitor signs in: the pure decisions, kept apart from the Store API calls.

/** The most of one variant a cart line may hold (the cart's quantity field allows 0 to 99). */
export const MAX_QUANTITY = 99

export type CartRef = { id: string }
export type MergeLine = { id: string; variant_id?: string | null; quantity: number }

/**
 * Whether the cookie's cart may become this customer's: a guest cart (no customer yet, or the guest
 * customer Medusa makes from the e-mail typed at checkout, so the same e-mail) or one already theirs. A
 * cart left by someone else on a shared device holds their address and stays theirs.
 */
export function claimable(
  cart: { customer_id?: string | null; email?: string | null },
  customer: { id: string; email: string }
): boolean {
  if (!cart.customer_id || cart.customer_id === customer.id) return true
  const email = cart.email?.trim().toLowerCase()
  return Boolean(email) && email === customer.email.trim().toLowerCase()
}

export type CartDecision<C extends CartRef> =
  /** Add the guest cart's lines to the customer's earlier cart and switch to it. */
  | { kind: "merge"; from: C; into: C }
  /** Give the guest cart to the customer and remember it as theirs. */
  | { kind: "assign"; cart: C }
  /** No guest cart: pick up the customer's earlier cart (e.g. one started on another device). */
  | { kind: "restore"; cart: C }
  | { kind: "none" }

/** `guest` is the cookie's open cart, `earlier` the customer's open cart from `metadata.cart_id` (null when gone). */
export function decideCart<C extends CartRef>(guest: C | null, earlier: C | null): CartDecision<C> {
  if (guest && earlier && guest.id !== earlier.id) return { kind: "merge", from: guest, into: earlier }
  if (guest) return { kind: "assign", cart: guest }
  if (earlier) return { kind: "restore", cart: earlier }
  return { kind: "none" }
}

export type MergePlan = {
  /** Lines of the target cart whose variant the guest also had: their new quantity, and the old one to undo. */
  update: { line_id: string; quantity: number; previous: number }[]
  /** Variants only the guest had. */
  add: { variant_id: string; quantity: number }[]
}

/**
 * Which lines to change in `target` so it also holds everything in `guest`: the same variant adds up
 * (capped at MAX_QUANTITY), a new variant becomes a new line. Lines without a variant (deleted since)
 * cannot be added and are skipped.
 */
export function planMerge(guest: MergeLine[], target: MergeLine[]): MergePlan {
  const wanted = new Map<string, number>()
  for (const line of guest) {
    if (!line.variant_id || line.quantity <= 0) continue
    wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + line.quantity)
  }
  const plan: MergePlan = { update: [], add: [] }
  for (const [variantId, quantity] of wanted) {
    const existing = target.find((line) => line.variant_id === variantId)
    if (!existing) {
      plan.add.push({ variant_id: variantId, quantity: Math.min(quantity, MAX_QUANTITY) })
      continue
    }
    const sum = Math.min(existing.quantity + quantity, MAX_QUANTITY)
    if (sum === existing.quantity) continue
    plan.update.push({ line_id: existing.id, quantity: sum, previous: existing.quantity })
  }
  return plan
}
