"use client"

import type { AccountState } from "@/lib/data/customer"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { useFormAction } from "@/modules/common/use-form-action"

/** An account form's action state and its fields' translated errors (see useFormAction). */
export function useAccountForm(
  action: (state: AccountState, form: FormData) => Promise<AccountState>,
  errors: AccountMessages["errors"]
) {
  return useFormAction(action, { errors })
}
