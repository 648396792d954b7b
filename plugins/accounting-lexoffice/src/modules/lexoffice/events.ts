export const LexofficeEvents = {
  /** A sync gave up after the plugin's `max_attempts`: `{ id, order_id, kind }`. */
  SYNC_DEAD: "lexoffice.sync.dead",
} as const
