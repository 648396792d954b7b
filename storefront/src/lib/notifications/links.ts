import type { Locale } from "@/lib/i18n/locales"

// A path of our own: one leading slash, no scheme-relative "//" or backslash a browser would read as another host.
const PATH = /^\/(?![/\\])[^\s\\]*$/

/**
 * Where a notification leads: its storefront `path` ("/u/eleni", "/account/orders/order_…") in the page's language;
 * null when it has none or the path is not one of ours.
 */
export function notificationHref(locale: Locale, path: string | null | undefined): string | null {
  return path && path.length <= 2000 && PATH.test(path) ? `/${locale}${path}` : null
}
