export const LOCALES = ["en", "de", "el"] as const
export type Locale = (typeof LOCALES)[number]

/** The supported locale a stored locale ("de-DE", "el_GR", "DE") stands for; anything else gets English. */
export function toLocale(value: unknown): Locale {
  const language = typeof value === "string" ? value.trim().toLowerCase().split(/[-_]/)[0] : ""
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : "en"
}

type Person = { name: string; handle: string; url: string }
type Post = { url: string; caption: string }
type OrderLink = { display_id: number; url: string }
// Only optional types carry it: transactional ones cannot be turned off, so they never link to the preferences.
type Preferences = { preferences_url?: string }

/** What each notification type is rendered from. Amounts are in major units, currency codes lower-case, URLs absolute. */
export type NotificationData = {
  email_verification: { name: string | null; url: string; expires_hours: number }
  password_reset: { url: string; expires_minutes: number }
  order_placed: {
    order: OrderLink & { currency_code: string; total: number; items: { title: string; quantity: number; total: number }[] }
  }
  order_paid: { order: OrderLink & { currency_code: string; total: number } }
  order_shipped: { order: OrderLink; seller_name: string; parcels: { tracking_number: string; tracking_url: string | null }[] }
  order_delivered: { order: OrderLink; seller_name: string }
  invoice_available: { order: OrderLink; invoice_url: string }
  new_follower: { follower: Person } & Preferences
  post_liked: { actor: Person; post: Post } & Preferences
  post_commented: { actor: Person; post: Post; comment: { body: string } } & Preferences
  seller_approved: { seller: { name: string }; url: string }
  seller_rejected: { seller: { name: string }; reason: string | null; url: string }
  product_approved: { product: { title: string; url: string } }
  product_rejected: { product: { title: string; url: string }; reason: string | null }
  payout_paid: { payout: { amount: number; currency_code: string }; url: string }
}

type Audience = "customer" | "seller" | "staff"

/** Every notification type: whether the recipient may turn it off, and who receives it. */
export const NOTIFICATION_TYPES = {
  // Also sent to sellers (and password resets to staff); "customer" is the audience that sees it in-app.
  email_verification: { optional: false, audience: "customer" },
  password_reset: { optional: false, audience: "customer" },
  order_placed: { optional: false, audience: "customer" },
  order_paid: { optional: false, audience: "customer" },
  order_shipped: { optional: false, audience: "customer" },
  order_delivered: { optional: false, audience: "customer" },
  invoice_available: { optional: false, audience: "customer" },
  new_follower: { optional: true, audience: "customer" },
  post_liked: { optional: true, audience: "customer" },
  post_commented: { optional: true, audience: "customer" },
  seller_approved: { optional: false, audience: "seller" },
  seller_rejected: { optional: false, audience: "seller" },
  product_approved: { optional: false, audience: "seller" },
  product_rejected: { optional: false, audience: "seller" },
  payout_paid: { optional: false, audience: "seller" },
} as const satisfies Record<keyof NotificationData, { optional: boolean; audience: Audience }>

export type NotificationType = keyof typeof NOTIFICATION_TYPES
