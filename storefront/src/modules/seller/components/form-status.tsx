import type { SellerFormState } from "@/lib/seller/form-state"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

type Props = { state: SellerFormState; messages: SellerMessages["messages"] }

/** The form's outcome, in a live region that is always present so screen readers announce changes. */
export default function FormStatus({ state, messages }: Props) {
  const ok = state.status === "saved"
  return (
    <p className={`form__status${ok ? " seller-form__status--ok" : ""}`} role="status">
      {state.message ? messages[state.message] : ""}
    </p>
  )
}
