import { PayoutProvider, PayoutTransfer, PayoutTransferResult } from "../types"

/** Manual settlement: the operator transfers the money outside Agora and marks the payout paid. */
export class ManualPayoutProvider implements PayoutProvider {
  static identifier = "manual"

  async transfer(_transfer: PayoutTransfer): Promise<PayoutTransferResult> {
    return { status: "pending" }
  }
}
