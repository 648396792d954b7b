"use client"

import Link from "next/link"
import { useRef, useState } from "react"

import type { Country } from "@/lib/data/regions"
import { applyToSell } from "@/lib/data/seller-auth"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { HANDLE_MAX, handleFromName } from "@/lib/seller/handle"
import FormField, { InputField } from "@/modules/common/components/form-field"

import CountryField from "./country-field"
import FormStatus from "./form-status"
import { useSellerForm } from "./use-seller-form"

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
  const { state, action, pending, form, error, value } = useSellerForm(applyToSell, t)
  const [handle, setHandle] = useState(value("handle"))
  const edited = useRef(handle !== "")
  return (
    <form ref={form} className="form seller-form" action={action} noValidate aria-labelledby="apply-title">
      <h2 id="apply-title">{t.apply.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="seller-form__group" aria-describedby="apply-login-hint">
        <legend>{t.apply.login}</legend>
        <p id="apply-login-hint" className="seller-form__hint">
          {t.apply.loginHint}
        </p>
        <InputField
          id="apply-email"
          name="email"
          label={t.apply.email}
          error={error("email")}
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={value("email")}
        />
        <InputField
          id="apply-password"
          name="password"
          label={t.apply.password}
          hint={t.apply.passwordHint}
          error={error("password")}
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
        />
      </fieldset>
      <fieldset className="seller-form__group">
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
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.apply.pending : t.apply.submit}
      </button>
      <p>
        <Link href={`/${locale}/sell/sign-in`}>{t.apply.signIn}</Link>
      </p>
    </form>
  )
}
