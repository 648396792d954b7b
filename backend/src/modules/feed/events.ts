/** Events of the feed module; payloads carry ids only (docs/EVENTS.md). */
export const FeedEvents = {
  PRODUCT_CLICK_CREATED: "feed.product_click.created",
} as const
