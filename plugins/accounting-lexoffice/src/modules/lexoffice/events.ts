export const LexofficeEvents = {
  /** A sync gave up after the plugin's `max_attempts`: `{ id, order_id, kind }`. */
  SYNC_DEAD: "lexoffice.sync.dead",
  /** An order's invoice is finalized at Lexoffice with its PDF stored: `{ id, order_id }`. */
  INVOICE_SYNCED: "lexoffice.invoice.synced",
} as const
