"use client"

import { useParams } from "next/navigation"
import { useEffect } from "react"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { defaultLocale, isLocale } from "@/lib/i18n/locales"

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale: string }>()
  const t = getDictionary(isLocale(params.locale) ? params.locale : defaultLocale).error
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="notice" role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={() => retry()}>
        {t.retry}
      </button>
    </div>
  )
}
