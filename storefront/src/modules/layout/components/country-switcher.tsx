"use client"

import { usePathname } from "next/navigation"
import { useActionState, useEffect, useRef } from "react"

import { changeCountry, type CountryChoice, type CountryState } from "@/lib/data/country"
import type { Locale } from "@/lib/i18n/locales"
import { country as messages } from "@/lib/i18n/messages/country"

type Props = CountryChoice & { locale: Locale }

/**
 * The shopper's country: a form posting to a server action, so it works without JavaScript through its
 * submit button. With JavaScript the button is hidden until focused (layout.css, `scripting: enabled`) and
 * choosing with the pointer submits at once; arrow keys only move through the list (WCAG 3.2.2), Enter or
 * the button then applies the choice.
 */
export default function CountrySwitcher({ locale, current, groups }: Props) {
  const t = messages[locale]
  const [state, action, pending] = useActionState<CountryState, FormData>(changeCountry, { status: "idle" })
  const select = useRef<HTMLSelectElement>(null)
  const keyboard = useRef(false)
  // Where to come back to: the path, and with JavaScript its query too (set on submit, before React reads
  // the form), so a catalog's filters survive the switch.
  const path = useRef<HTMLInputElement>(null)
  const pathname = usePathname()
  // A refused or failed change leaves the country as it was: show that one again.
  useEffect(() => {
    if (state.status !== "idle" && select.current && current) select.current.value = current
  }, [state, current])

  if (!current || groups.length === 0) return null
  const name = groups.flatMap((group) => group.countries).find((option) => option.code === state.country)?.name
  const submit = () => select.current?.form?.requestSubmit()
  return (
    <form
      action={action}
      onSubmit={() => path.current && (path.current.value = window.location.pathname + window.location.search)}
      className="country-switcher"
      aria-busy={pending}
    >
      <input type="hidden" name="locale" value={locale} />
      <input ref={path} type="hidden" name="path" value={pathname} />
      <label htmlFor="country-switcher" className="visually-hidden">
        {t.label}
      </label>
      <select
        ref={select}
        key={current}
        id="country-switcher"
        name="country"
        defaultValue={current}
        autoComplete="country"
        aria-describedby={state.status === "idle" ? undefined : "country-switcher-error"}
        onPointerDown={() => (keyboard.current = false)}
        onKeyDown={(event) => {
          keyboard.current = true
          // After the browser has committed a choice made in an open list.
          if (event.key === "Enter") setTimeout(submit)
        }}
        onChange={() => !keyboard.current && submit()}
      >
        {groups.map((group) => (
          <optgroup key={group.currency} label={group.label}>
            {group.countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" className="country-switcher__submit" disabled={pending}>
        {t.submit}
      </button>
      {state.status !== "idle" && (
        <p id="country-switcher-error" role="alert" className="country-switcher__error">
          {state.status === "refused" ? t.refused.replace("{country}", name ?? state.country ?? "") : t.failed}
        </p>
      )}
    </form>
  )
}
