import { readEnv } from "../../env"
import type { Locale } from "../../notifications"

const env = readEnv()
const storefront = (env.STOREFRONT_PUBLIC_URL ?? env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")

/** Absolute storefront links for e-mails and in-app notifications, in the recipient's language. */
export const links = {
  page: (locale: Locale, path: string) => `${storefront}/${locale}${path}`,
  // Guests have no account page; the lookup finds their order by number and e-mail.
  order: (locale: Locale, order: { id: string; has_account: boolean }) =>
    links.page(locale, order.has_account ? `/account/orders/${order.id}` : "/order/lookup"),
  invoice: (locale: Locale, order: { id: string; has_account: boolean }) =>
    links.page(locale, order.has_account ? `/account/orders/${order.id}/invoice` : "/order/lookup"),
  profile: (locale: Locale, handle: string) => links.page(locale, `/u/${encodeURIComponent(handle)}`),
  post: (locale: Locale, id: string) => links.page(locale, `/p/${id}`),
  preferences: (locale: Locale) => links.page(locale, "/account/notifications/settings"),
  product: (locale: Locale, handle: string) => links.page(locale, `/products/${encodeURIComponent(handle)}`),
  workspace: (locale: Locale, path = "/dashboard") => links.page(locale, `/sell${path}`),
  admin: (path: string) => `${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/app${path}`,
}

/**
 * A storefront link as a path after the locale ("/u/eleni"), so the storefront can open it in the language it
 * shows; null for a link elsewhere.
 */
export function storefrontPath(url: string): string | null {
  const match = url.startsWith(`${storefront}/`) ? /^\/[a-z]{2}(\/.*)$/.exec(url.slice(storefront.length)) : null
  return match ? match[1] : null
}
