import type { FieldError } from "@/lib/account/schemas"
import type { FormState } from "@/lib/forms/state"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

export type SellerMessage = keyof SellerMessages["messages"]

/** The state of every seller form (useActionState). */
export type SellerFormState = FormState<SellerMessage, FieldError> & {
  /** A new invite's link, for the owner to pass on (Agora sends no invite e-mail yet). */
  invite?: { url: string; email: string; expires_at: string }
}
