import { notFound } from "next/navigation"

import { listMembers } from "@/lib/data/seller-reads"
import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { formatDate } from "@/lib/seller/format"
import { sellerMetadata } from "@/lib/seller/metadata"
import InviteForm from "@/modules/seller/components/invite-form"
import MemberList from "@/modules/seller/components/member-list"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.team.title)
}

/** The shop's members and invites, for owners; staff are told the team is the owners' to manage. */
export default async function TeamPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { member } = await requireSeller(locale)
  const t = getDictionary(locale).seller
  if (member.role !== "owner") {
    return (
      <>
        <h1>{t.team.title}</h1>
        <p className="seller-notice">{t.team.staffNote}</p>
      </>
    )
  }
  const members = (await listMembers()).map((one) => ({ ...one, since: formatDate(one.created_at, locale) }))

  return (
    <>
      <h1>{t.team.title}</h1>
      <section className="seller-section" aria-labelledby="team-members">
        <h2 id="team-members">{t.team.members}</h2>
        <MemberList locale={locale} members={members} selfId={member.id} t={t.team} messages={t.messages} />
      </section>
      <section className="seller-section" aria-labelledby="team-invite">
        <h2 id="team-invite">{t.invite.title}</h2>
        <p className="seller-muted">{t.invite.intro}</p>
        <InviteForm
          locale={locale}
          t={{ invite: t.invite, team: t.team, errors: t.errors, fieldErrors: t.fieldErrors, messages: t.messages }}
        />
      </section>
    </>
  )
}
