import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ModerationEntry } from "./models/moderation-entry"
import { Payout } from "./models/payout"
import { PayoutLine } from "./models/payout-line"
import { Seller } from "./models/seller"
import { SellerInvite } from "./models/seller-invite"
import { SellerMember } from "./models/seller-member"
import { SubOrder } from "./models/sub-order"
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
