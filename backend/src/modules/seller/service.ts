import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ModerationEntry } from "./models/moderation-entry"
import { Payout } from "./models/payout"
import { PayoutLine } from "./models/payout-line"
import { Seller } from "./models/seller"
import { SellerInvite } from "./models/seller-invite"
import { SellerMember } from "./models/seller-member"
import { ON_TIME_DAYS, SubOrder } from "./models/sub-order"
import { DEFAULT_COMMISSION_RATE, SellerModuleOptions } from "./options"
import { PAYOUT_PROVIDER_PREFIX, PayoutProvider } from "./providers/types"

class SellerModuleService extends MedusaService({
  Seller,
  SellerMember,
  SellerInvite,
  SubOrder,
  PayoutLine,
  Payout,
  ModerationEntry,
}) {
  protected readonly options_: SellerModuleOptions
  protected readonly cradle_: Record<string, unknown>

  constructor(cradle: Record<string, unknown>, options: SellerModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.cradle_ = cradle
    this.options_ = options
  }

  /** The commission percent for a seller: its own override, else the platform default. */
  commissionRateFor(seller: { commission_rate?: number | null }): number {
    return seller.commission_rate ?? this.options_.default_commission_rate ?? DEFAULT_COMMISSION_RATE
  }

  /**
   * The seller's delivery record: of its sub-orders that are delivered or overdue (not canceled, placed more
   * than ON_TIME_DAYS ago and still undelivered), the share delivered within ON_TIME_DAYS (null: none counted).
   */
  @InjectManager()
  async deliveryRecord(sellerId: string, @MedusaContext() context: Context = {}): Promise<{ share: number | null; counted: number }> {
    const manager = context.manager as { execute: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]> }
    const [row] = await manager.execute(
      `select count(*) filter (where delivered_at <= created_at + make_interval(days => ?)) as on_time,
         count(*) filter (where delivered_at is not null or created_at < now() - make_interval(days => ?)) as counted
       from sub_order where seller_id = ? and fulfillment_status <> 'canceled' and deleted_at is null`,
      [ON_TIME_DAYS, ON_TIME_DAYS, sellerId]
    )
    const counted = Number(row.counted)
    return { share: counted ? Math.round((Number(row.on_time) / counted) * 1000) / 1000 : null, counted }
  }

  payoutProviderId(): string {
    return this.options_.payout_provider ?? "manual"
  }

  payoutProvider(id: string = this.payoutProviderId()): PayoutProvider {
    const key = PAYOUT_PROVIDER_PREFIX + id
    try {
      return this.cradle_[key] as PayoutProvider
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Payout provider "${id}" is not registered`)
    }
  }
}

export default SellerModuleService
