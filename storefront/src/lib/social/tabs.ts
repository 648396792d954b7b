// The feed's tabs as the storefront names them in URLs, and the Store API's feed types behind them.
export const FEED_TABS = ["following", "explore", "for-you"] as const

export type FeedTab = (typeof FEED_TABS)[number]
export type FeedType = "following" | "explore" | "for_you"

const TYPES: Record<FeedTab, FeedType> = { following: "following", explore: "explore", "for-you": "for_you" }

export function isFeedTab(value: unknown): value is FeedTab {
  return typeof value === "string" && (FEED_TABS as readonly string[]).includes(value)
}

/**
 * The tab a `?tab=` value asks for (the first if repeated). Missing or unknown values fall back to the default:
 * the followed profiles' posts for a signed-in customer, everyone's for a guest.
 */
export function parseTab(value: string | string[] | undefined, signedIn: boolean): FeedTab {
  const first = Array.isArray(value) ? value[0] : value
  if (isFeedTab(first)) return first
  return signedIn ? "following" : "explore"
}

/** The `type` of `GET /store/feed` for a tab. */
export function feedType(tab: FeedTab): FeedType {
  return TYPES[tab]
}

/** Following and For you are made for one customer: the Store API answers them only to a signed-in one. */
export function needsCustomer(tab: FeedTab): boolean {
  return tab !== "explore"
}

export function tabHref(locale: string, tab: FeedTab): string {
  return `/${locale}/feed?tab=${tab}`
}
