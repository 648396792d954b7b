import { MedusaError } from "@medusajs/framework/utils"

/** One of the `details` of a Lexoffice error answer (400, 406, 409, ...). */
export type LexofficeViolation = { violation?: string; field?: string; message?: string }

/**
 * A call to Lexoffice that failed; the message says which call and how. A MedusaError of type
 * unexpected_state, so that Medusa's API answers 500 with this message rather than an unknown error.
 */
export class LexofficeError extends MedusaError {
  /** Lexoffice's HTTP status; undefined when no answer came (timeout, network). */
  readonly status?: number
  /** Whether the same call may succeed later (5xx, 429, timeout, network) — not whether it is safe to repeat. */
  readonly retryable: boolean
  /** What Lexoffice said was wrong with the request, field by field. */
  readonly details: LexofficeViolation[]
  /** What failed underneath (a timeout, a socket error). */
  readonly cause?: unknown

  constructor(
    message: string,
    { status, retryable = false, details = [], cause }: { status?: number; retryable?: boolean; details?: LexofficeViolation[]; cause?: unknown } = {}
  ) {
    super(MedusaError.Types.UNEXPECTED_STATE, message)
    this.name = "LexofficeError"
    this.cause = cause
    this.status = status
    this.retryable = retryable
    this.details = details
  }
}
