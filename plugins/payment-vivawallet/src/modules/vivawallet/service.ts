import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { VivaClient } from "../../lib/client"
import { parseOptions, VivaOptions } from "../../lib/options"
import { WebhookMessage } from "./models/webhook-message"

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const sql = (context: Context) => (context.transactionManager ?? context.manager) as Sql

// Far longer than handling a delivery takes (seconds), so a live one is never taken over.
const STALE_MINUTES = 10

export type WebhookClaim = { message_id: string; event_type_id: number; order_code?: string | null; transaction_id?: string | null }

/**
 * The plugin's side of Viva's webhooks, with the plugin's options (Medusa passes plugin options to
 * plugin modules): the verification key Viva asks the webhook URL for, and the log of deliveries that
 * makes each message act once.
 */
export default class VivaWalletModuleService extends MedusaService({ WebhookMessage }) {
  readonly options: VivaOptions
  private readonly client: VivaClient
  private key: Promise<string> | null = null

  constructor(cradle: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options = parseOptions(options)
    this.client = new VivaClient(this.options)
  }

  /** The payment provider webhooks are for, as Medusa names it (without `pp_`). */
  get provider(): string {
    return `vivawallet_${this.options.provider_id}`
  }

  /** The merchant's webhook verification key, fetched from Viva once (it is static per merchant). */
  async webhookKey(): Promise<string> {
    this.key ??= this.client.webhookKey().catch((error) => {
      this.key = null
      throw error
    })
    return this.key
  }

  /**
   * Records a delivery and returns its row; null when its message was handled before or is being
   * handled. A message left `processing` for STALE_MINUTES (its process died mid-way) is taken over,
   * so that Viva's retries of it are not refused for ever.
   */
  @InjectTransactionManager()
  async claimMessage(claim: WebhookClaim, @MedusaContext() context: Context = {}): Promise<string | null> {
    const [row] = await sql(context).execute(
      `insert into vivawallet_webhook_message (id, message_id, event_type_id, order_code, transaction_id)
       values (?, ?, ?, ?, ?)
       on conflict (message_id) where deleted_at is null do update set updated_at = now()
         where vivawallet_webhook_message.status = 'processing'
           and vivawallet_webhook_message.updated_at < now() - make_interval(mins => ?)
       returning id`,
      [generateEntityId(undefined, "vwmsg"), claim.message_id, claim.event_type_id, claim.order_code ?? null, claim.transaction_id ?? null, STALE_MINUTES]
    )
    return (row?.id as string | undefined) ?? null
  }

  /** Forgets a delivery whose handling failed, so that Viva's retry of it can act. */
  @InjectTransactionManager()
  async releaseMessage(id: string, @MedusaContext() context: Context = {}): Promise<void> {
    await sql(context).execute(`delete from vivawallet_webhook_message where id = ?`, [id])
  }
}
