import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { LexofficeClient } from "../../lib/client"
import { LexofficeOptions, parseOptions } from "../../lib/options"
import { LexofficeSync } from "./models/sync"

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const sql = (context: Context) => (context.transactionManager ?? context.manager) as Sql

export type SyncKind = "invoice" | "credit_note"

export type EnsureSync = {
  kind: SyncKind
  /** `invoice:<order_id>` or `credit_note:<refund_id>`. */
  reference: string
  order_id: string
  refund_id?: string | null
  /** Major units. */
  amount?: number | null
}

// Whoever ensures a record runs it at once; the redrive job takes it only if that run never happened.
export const GRACE_SECONDS = 120
// Backoff after the n-th failure: 30 s × 2^(n-1), at most an hour, ±20 % so that failures spread out.
const BACKOFF_SECONDS = 30
const MAX_BACKOFF_SECONDS = 3600

/**
 * The plugin's records of what Lexoffice should have (one per invoice and credit note), with the
 * plugin's options and its one Lexoffice client (registered by the module's client loader, so that
 * every call of this process passes the same rate limiter).
 */
export default class LexofficeModuleService extends MedusaService({ LexofficeSync }) {
  readonly options: LexofficeOptions
  readonly client: LexofficeClient

  constructor(cradle: { lexofficeClient: LexofficeClient }, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options = parseOptions(options)
    this.client = cradle.lexofficeClient
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.client.close()
    },
  }

  /** The record of the reference, created (pending) if there is none: the same record however often it is called. */
  async ensureSync(data: EnsureSync) {
    await this.insertSync(data)
    const [sync] = await this.listLexofficeSyncs({ reference: data.reference })
    return sync
  }

  /** Records waiting for an attempt (pending or failed) whose time has come, the longest waiting first. */
  async due(limit: number) {
    return this.listLexofficeSyncs(
      { status: ["pending", "failed"], $or: [{ next_attempt_at: null }, { next_attempt_at: { $lte: new Date() } }] },
      { take: limit, order: { next_attempt_at: "ASC" } }
    )
  }

  /**
   * Counts a failed attempt: `failed` with the next attempt after the backoff, or `dead` once
   * `maxAttempts` attempts failed. One statement, so that two failures at once both count.
   */
  async recordFailure(id: string, error: string, maxAttempts: number) {
    await this.updateFailure(id, error, maxAttempts)
    return this.retrieveLexofficeSync(id)
  }

  @InjectTransactionManager()
  protected async insertSync(data: EnsureSync, @MedusaContext() context: Context = {}): Promise<void> {
    const amount = data.amount ?? null
    await sql(context).execute(
      `insert into lexoffice_sync (id, kind, reference, order_id, refund_id, amount, raw_amount, next_attempt_at)
       values (?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?))
       on conflict (reference) where deleted_at is null do nothing`,
      [
        generateEntityId(undefined, "lxs"),
        data.kind,
        data.reference,
        data.order_id,
        data.refund_id ?? null,
        amount,
        amount === null ? null : JSON.stringify({ value: String(amount), precision: 20 }),
        GRACE_SECONDS,
      ]
    )
  }

  @InjectTransactionManager()
  protected async updateFailure(id: string, error: string, maxAttempts: number, @MedusaContext() context: Context = {}): Promise<void> {
    // On the right-hand side `attempts` is the count before this failure.
    await sql(context).execute(
      `update lexoffice_sync set
         attempts = attempts + 1,
         last_error = ?,
         status = case when attempts + 1 >= ? then 'dead' else 'failed' end,
         next_attempt_at = case when attempts + 1 >= ? then null
           else now() + make_interval(secs => least(? * power(2, attempts) * (0.8 + random() * 0.4), ?)) end,
         updated_at = now()
       where id = ? and deleted_at is null`,
      [error, maxAttempts, maxAttempts, BACKOFF_SECONDS, MAX_BACKOFF_SECONDS, id]
    )
  }
}
