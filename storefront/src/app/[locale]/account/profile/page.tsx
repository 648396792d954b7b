import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import ProfileForm from "@/modules/account/components/profile-form"
import { accountMetadata } from "@/modules/account/metadata"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return accountMetadata(params, (t) => t.profile.title)
}

export default async function ProfilePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const customer = await requireCustomer(locale)
  const t = getDictionary(locale).account
  return (
    <>
      <h1>{t.profile.title}</h1>
      <ProfileForm
        locale={locale}
        email={customer.email}
        initial={{
          first_name: customer.first_name ?? "",
          last_name: customer.last_name ?? "",
          phone: customer.phone ?? "",
        }}
        t={{ profile: t.profile, errors: t.errors, messages: t.messages }}
      />
    </>
  )
}
