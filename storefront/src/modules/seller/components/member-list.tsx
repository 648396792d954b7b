"use client"

import { useActionState } from "react"

import type { Member } from "@/lib/data/seller-reads"
import { removeMember } from "@/lib/data/seller-actions"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import FormStatus from "@/modules/common/components/form-status"
import DataTable from "@/modules/workspace/components/data-table"
import TableScroll from "@/modules/workspace/components/table-scroll"

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
      <TableScroll>
        <DataTable caption={t.members} columns={[t.email, t.role, t.since, { label: t.actions, hidden: true }]}>
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
        </DataTable>
      </TableScroll>
      <FormStatus state={state} messages={messages} />
    </>
  )
}
