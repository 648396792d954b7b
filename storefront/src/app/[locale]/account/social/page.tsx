import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { retrieveMyProfile } from "@/lib/data/social"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import SocialProfileForm from "@/modules/social/components/social-profile-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).social.account.title } : {}),
    robots: { index: false, follow: false },
  }
}

/** The customer's social profile: how it appears on posts, comments and its page. Saving creates it if missing. */
export default async function SocialProfilePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const customer = await requireCustomer(locale)
  const profile = await retrieveMyProfile()
  const t = getDictionary(locale).social.account
  // Without a profile yet, the name it would get; the backend makes the handle unless one is given.
  const initial = profile
    ? {
        display_name: profile.display_name,
        handle: profile.handle,
        bio: profile.bio ?? "",
        avatar_url: profile.avatar_url ?? "",
      }
    : {
        display_name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
        handle: "",
        bio: "",
        avatar_url: "",
      }
  return (
    <>
      <h1>{t.title}</h1>
      <p className="account__muted">{t.intro}</p>
      <SocialProfileForm locale={locale} initial={initial} handle={profile?.handle ?? null} t={t} />
    </>
  )
}
