"use client"

import { useActionState } from "react"

import { signOut, type AccountState } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"

type Props = { locale: Locale; t: { signOut: string; signingOut: string } }

const idle: AccountState = { status: "idle" }

/** Signs out (a form, so it works before hydration and without JavaScript). */
export default function SignOutButton({ locale, t }: Props) {
  const [, action, pending] = useActionState(signOut, idle)
  return (
    <form action={action} className="account-nav__sign-out">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--small" disabled={pending}>
        {pending ? t.signingOut : t.signOut}
      </button>
    </form>
  )
}
