"use client"

import { useActionState } from "react"

import { signOutSeller } from "@/lib/data/seller-auth"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"

type Props = {
  locale: Locale
  /** An invite's token, to come back to it once signed out (joining a shop with another login). */
  invite?: string
  t: { signOut: string; signingOut: string }
}

/** Signs the seller out (a form, so it works before hydration and without JavaScript). */
export default function SignOutButton({ locale, invite, t }: Props) {
  const [, action, pending] = useActionState(signOutSeller, idle)
  return (
    <form action={action} className="seller-sign-out">
      <input type="hidden" name="locale" value={locale} />
      {invite && <input type="hidden" name="invite" value={invite} />}
      <button type="submit" className="button button--small" disabled={pending}>
        {pending ? t.signingOut : t.signOut}
      </button>
    </form>
  )
}
