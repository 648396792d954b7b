"use client"

import type { Country } from "@/lib/data/regions"
import { updateShopProfile } from "@/lib/data/seller-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import FormField, { InputField } from "@/modules/common/components/form-field"
import { useFormAction } from "@/modules/common/use-form-action"

import CountryField from "./country-field"
import SellerForm from "./seller-form"

export type ShopProfile = { name: string; description: string; logo_url: string; email: string; country_code: string }

type Props = {
  locale: Locale
  handle: string
  initial: ShopProfile
  countries: Country[]
  t: Pick<SellerMessages, "profile" | "errors" | "fieldErrors" | "messages">
}

/** The shop's public profile; the handle is shown, not edited (the API does not allow changing it). */
export default function ProfileForm({ locale, handle, initial, countries, t }: Props) {
  const form = useFormAction(updateShopProfile, t)
  const { error } = form
  const field = (name: keyof ShopProfile) => form.value(name, initial[name])
  return (
    <SellerForm form={form} locale={locale} messages={t.messages} button={t.profile}>
      {/* Shown, not sent: the input has no name. */}
      <InputField id="profile-handle" label={t.profile.handle} hint={t.profile.handleHint} value={handle} readOnly />
      <InputField
        id="profile-name"
        name="name"
        label={t.profile.name}
        error={error("name")}
        autoComplete="organization"
        required
        maxLength={120}
        defaultValue={field("name")}
      />
      <FormField id="profile-description" name="description" label={t.profile.description} error={error("description")}>
        {(control) => <textarea {...control} rows={5} maxLength={2000} defaultValue={field("description")} />}
      </FormField>
      <InputField
        id="profile-logo"
        name="logo_url"
        label={t.profile.logo}
        hint={t.profile.logoHint}
        error={error("logo_url")}
        type="url"
        inputMode="url"
        maxLength={2000}
        defaultValue={field("logo_url")}
      />
      <InputField
        id="profile-email"
        name="email"
        label={t.profile.contactEmail}
        error={error("email")}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={field("email")}
      />
      <CountryField
        id="profile-country"
        label={t.profile.country}
        chooseCountry={t.profile.chooseCountry}
        countries={countries}
        value={field("country_code")}
        error={error("country_code")}
      />
    </SellerForm>
  )
}
