"use client"

import { useActionState } from "react"

import type { Member } from "@/lib/data/seller-reads"
import { removeMember } from "@/lib/data/seller-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { idle } from "@/lib/seller/form-state"

import FormStatus from "./form-status"

type Props = {
  locale: Locale
  /** The members, each with the date it joined formatted on the server (the browser's Intl may differ). */
  members: (Member & { since: string })[]
  /** The signed-in member, marked "(you)". */
  selfId: string
  t: SellerMessages["team"]
  messages: SellerMessages["messages"]
}

/**
 * The shop's members with a "Remove" per member, asked for confirmation first. One status below the table says
 * how a removal went, and stays when the removed row is gone.
 */
export default function MemberList({ locale, members, selfId, t, messages }: Props) {
  const [state, action, pending] = useActionState(removeMember, idle)
  return (
    <>
      <div className="seller-table-wrap">
        <table className="seller-table">
          <caption className="visually-hidden">{t.members}</caption>
          <thead>
            <tr>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.since}</th>
              <th scope="col">
                <span className="visually-hidden">{t.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td>
                  {member.email} {member.id === selfId && <span className="seller-muted">{t.you}</span>}
                </td>
                <td>{t.roles[member.role]}</td>
                <td>{member.since}</td>
                <td>
                  <form
                    action={action}
                    onSubmit={(event) => {
                      if (!window.confirm(t.confirm.replace("{email}", member.email))) event.preventDefault()
                    }}
                  >
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="member_id" value={member.id} />
                    <button
                      type="submit"
                      className="button button--small"
                      disabled={pending}
                      aria-label={t.removeLabel.replace("{email}", member.email)}
                    >
                      {t.remove}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormStatus state={state} messages={messages} />
    </>
  )
}
