import type { AccountState } from "@/lib/data/customer"
import type { AccountMessages } from "@/lib/i18n/messages/account"

type Props = { state: AccountState; messages: AccountMessages["messages"] }

/** The form's outcome, in a live region that is always present so screen readers announce changes. */
export default function FormStatus({ state, messages }: Props) {
  const ok = state.status === "saved"
  return (
    <p className={`form__status${ok ? " account-form__status--ok" : ""}`} role="status">
      {state.message ? messages[state.message] : ""}
    </p>
  )
}
