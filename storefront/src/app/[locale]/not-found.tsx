import Link from "next/link"
import { locale as rootLocale } from "next/root-params"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { defaultLocale, isLocale } from "@/lib/i18n/locales"

export default async function NotFound() {
  // not-found gets no params; the root param is the [locale] segment.
  const value: unknown = await rootLocale()
  const locale = typeof value === "string" && isLocale(value) ? value : defaultLocale
  const t = getDictionary(locale).notFound
  return (
    <div className="notice">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <Link className="button" href={`/${locale}`}>
        {t.home}
      </Link>
    </div>
  )
}
