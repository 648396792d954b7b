import { LoaderOptions } from "@medusajs/framework/types"
import { LexofficeClient } from "../../../lib/client"
import { LexofficeError } from "../../../lib/errors"
import { parseOptions } from "../../../lib/options"

/** The events the plugin acts on: both mean a payment state may have changed. */
export const SUBSCRIBED_EVENTS = ["payment.changed", "invoice.status.changed"]

/**
 * (Re-)registers the webhook subscriptions for `webhook_url`: Lexoffice deletes a subscription after
 * repeated failed deliveries. Runs in the background so that a slow or unreachable Lexoffice never
 * holds up or stops the start; the payments job covers what is missed meanwhile.
 */
export default async function subscriptionsLoader({ container, options, logger, dataLoaderOnly }: LoaderOptions & { dataLoaderOnly?: boolean }) {
  const { webhook_url, webhook_public_key } = parseOptions(options)
  if (!webhook_public_key) logger?.warn("Lexoffice: webhook_public_key is not set; webhooks will be refused")
  if (!webhook_url || dataLoaderOnly) return
  const client = container.resolve<LexofficeClient>("lexofficeClient")
  void subscribe(client, webhook_url).catch((error) => logger?.warn(`Lexoffice: webhook subscriptions not registered: ${error.message}`))
}

async function subscribe(client: LexofficeClient, url: string) {
  const existing = await client.eventSubscriptions()
  for (const eventType of SUBSCRIBED_EVENTS) {
    if (existing.some((s) => s.eventType === eventType && s.callbackUrl === url)) continue
    try {
      await client.subscribe(eventType, url)
    } catch (error) {
      // 409: it exists (another process registered it meanwhile).
      if (!(error instanceof LexofficeError && error.status === 409)) throw error
    }
  }
}
