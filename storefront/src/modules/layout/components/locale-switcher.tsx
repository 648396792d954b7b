"use client"

import { useTransition } from "react"

import { changeLocale } from "@/lib/data/locale"
import { locales, type Locale } from "@/lib/i18n/locales"

type Props = { current: Locale; label: string; names: Record<Locale, string> }

export default function LocaleSwitcher({ current, label, names }: Props) {
  const [pending, startTransition] = useTransition()
  return (
    <div className="locale-switcher" role="group" aria-label={label}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          title={names[locale]}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(() => changeLocale(locale, window.location.pathname + window.location.search))
          }
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
