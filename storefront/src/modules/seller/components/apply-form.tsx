"use client"

import Link from "next/link"
import { useRef, useState } from "react"

import type { Country } from "@/lib/data/regions"
import { applyToSell } from "@/lib/data/seller-auth"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { HANDLE_MAX, handleFromName } from "@/lib/seller/handle"
import FormField, { InputField } from "@/modules/common/components/form-field"
import { useFormAction } from "@/modules/common/use-form-action"

import CountryField from "./country-field"
import LoginFields from "./login-fields"
import SellerForm from "./seller-form"

type Props = {
  locale: Locale
  countries: Country[]
  t: Pick<SellerMessages, "apply" | "errors" | "fieldErrors" | "messages">
}

/**
 * The application: a login and the shop. The handle follows the shop name as it is typed until the visitor
 * edits it (clearing it lets it follow again); the server checks it either way.
 */
export default function ApplyForm({ locale, countries, t }: Props) {
  const form = useFormAction(applyToSell, t)
  const { error, value } = form
  const [handle, setHandle] = useState(value("handle"))
  const edited = useRef(handle !== "")
  return (
    <SellerForm
      form={form}
      locale={locale}
      messages={t.messages}
      button={t.apply}
      labelledBy="apply-title"
      footer={
        <p>
          <Link href={`/${locale}/sell/sign-in`}>{t.apply.signIn}</Link>
        </p>
      }
    >
      <h2 id="apply-title">{t.apply.title}</h2>
      <fieldset className="workspace-form__group" aria-describedby="apply-login-hint">
        <legend>{t.apply.login}</legend>
        <p id="apply-login-hint" className="account-form__hint">
          {t.apply.loginHint}
        </p>
        <LoginFields idPrefix="apply" labels={t.apply} isNew error={error} email={value("email")} />
      </fieldset>
      <fieldset className="workspace-form__group">
        <legend>{t.apply.shop}</legend>
        <InputField
          id="apply-name"
          name="name"
          label={t.apply.name}
          error={error("name")}
          autoComplete="organization"
          required
          maxLength={120}
          defaultValue={value("name")}
          onChange={(event) => !edited.current && setHandle(handleFromName(event.target.value))}
        />
        <InputField
          id="apply-handle"
          name="handle"
          label={t.apply.handle}
          hint={t.apply.handleHint}
          error={error("handle")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          minLength={3}
          maxLength={HANDLE_MAX}
          value={handle}
          onChange={(event) => {
            edited.current = event.target.value !== ""
            setHandle(event.target.value)
          }}
        />
        <InputField
          id="apply-contact-email"
          name="contact_email"
          label={t.apply.contactEmail}
          hint={t.apply.contactEmailHint}
          error={error("contact_email")}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={value("contact_email")}
        />
        <CountryField
          id="apply-country"
          label={t.apply.country}
          chooseCountry={t.apply.chooseCountry}
          countries={countries}
          value={value("country_code")}
          error={error("country_code")}
        />
        <FormField
          id="apply-description"
          name="description"
          label={t.apply.description}
          hint={t.apply.descriptionHint}
          error={error("description")}
        >
          {(control) => <textarea {...control} rows={4} maxLength={2000} defaultValue={value("description")} />}
        </FormField>
      </fieldset>
    </SellerForm>
  )
}
