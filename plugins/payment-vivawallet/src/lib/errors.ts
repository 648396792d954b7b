import { MedusaError } from "@medusajs/framework/utils"

/**
 * A call to Viva Wallet that failed; the message says which call and how. A MedusaError of type
 * unexpected_state, so that Medusa's API answers 500 with this message rather than an unknown error.
 */
export class VivaError extends MedusaError {
  /** Viva's HTTP status; undefined when no answer came (timeout, network). */
  readonly status?: number
  /** Whether the same call may succeed later (5xx, 429, timeout, network) — not whether it is safe to repeat. */
  readonly retryable: boolean
  /** What failed underneath (a timeout, a socket error). */
  readonly cause?: unknown

  constructor(message: string, { status, retryable = false, cause }: { status?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(MedusaError.Types.UNEXPECTED_STATE, message)
    this.name = "VivaError"
    this.cause = cause
    this.status = status
    this.retryable = retryable
  }
}
