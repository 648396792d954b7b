"use client"

import { useActionState } from "react"

import { deleteAddress, type AccountState } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"

type Props = {
  locale: Locale
  addressId: string
  /** The button's accessible name, saying which address it deletes ("Delete the address …"). */
  label: string
  t: { delete: string; deleting: string; failed: string }
}

const idle: AccountState = { status: "idle" }

/** Deletes one address; a failure is announced next to the button. */
export default function DeleteAddressButton({ locale, addressId, label, t }: Props) {
  const [state, action, pending] = useActionState(deleteAddress, idle)
  return (
    <form action={action} className="address-card__delete">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="address_id" value={addressId} />
      <button type="submit" className="button button--small" disabled={pending} aria-label={label}>
        {pending ? t.deleting : t.delete}
      </button>
      <span className="form__status" role="status">
        {state.status === "failed" ? t.failed : ""}
      </span>
    </form>
  )
}
