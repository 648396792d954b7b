"use client"

import { useEffect, useId, useState } from "react"

import {
  CONSENT_CHANGE_EVENT,
  CONSENT_COOKIE,
  CONSENT_MAX_AGE,
  CONSENT_OPEN_EVENT,
  parseConsent,
  serializeConsent,
} from "@/lib/cms/consent"
import type { ConsentKey, CookieConsentGlobal } from "@/lib/cms/types"
import type { Dictionary } from "@/lib/i18n/dictionaries"

type Category = { key: ConsentKey; label: string; description: string | null; required: boolean }

type Props = {
  content: CookieConsentGlobal
  t: Dictionary["consent"]
  /** Whether the visitor has not chosen yet (read from the cookie on the server, so no flash). */
  open: boolean
}

function readChoice(): ConsentKey[] | null {
  const raw = document.cookie.split("; ").find((part) => part.startsWith(`${CONSENT_COOKIE}=`))
  return parseConsent(raw?.slice(CONSENT_COOKIE.length + 1))
}

/** The cookie banner of the `cookie-consent` global: accept all, reject all, or choose per category. */
export default function CookieConsent({ content, t, open: initiallyOpen }: Props) {
  const [open, setOpen] = useState(initiallyOpen)
  const [customizing, setCustomizing] = useState(false)
  const [chosen, setChosen] = useState<Set<ConsentKey>>(new Set())
  const titleId = useId()
  const categories: Category[] = (content.categories ?? []).map((category) => ({
    key: category.key,
    label: category.label || category.key,
    description: category.description ?? null,
    required: category.key === "necessary" || Boolean(category.required),
  }))

  useEffect(() => {
    const reopen = () => {
      setChosen(new Set(readChoice() ?? []))
      setCustomizing(true)
      setOpen(true)
    }
    window.addEventListener(CONSENT_OPEN_EVENT, reopen)
    return () => window.removeEventListener(CONSENT_OPEN_EVENT, reopen)
  }, [])

  if (!open) return null

  const save = (keys: Iterable<ConsentKey>) => {
    const value = serializeConsent([...keys, ...categories.filter((c) => c.required).map((c) => c.key)])
    const secure = window.location.protocol === "https:" ? "; Secure" : ""
    document.cookie = `${CONSENT_COOKIE}=${value}; Path=/; Max-Age=${CONSENT_MAX_AGE}; SameSite=Lax${secure}`
    window.dispatchEvent(new CustomEvent(CONSENT_CHANGE_EVENT, { detail: value.split(".") }))
    setOpen(false)
  }

  const toggle = (key: ConsentKey, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })

  return (
    <section className="consent" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <h2 id={titleId} className="consent__title">
        {content.title || t.title}
      </h2>
      <p>{content.text || t.text}</p>
      {customizing && (
        <ul className="consent__categories">
          {categories.map((category) => (
            <li key={category.key}>
              <label>
                <input
                  type="checkbox"
                  checked={category.required || chosen.has(category.key)}
                  disabled={category.required}
                  onChange={(event) => toggle(category.key, event.target.checked)}
                />
                <strong>{category.label}</strong>
                {category.required && <span className="consent__always"> ({t.alwaysOn})</span>}
              </label>
              {category.description && <p>{category.description}</p>}
            </li>
          ))}
        </ul>
      )}
      {/* Rejecting is as prominent and as quick as accepting. */}
      <div className="consent__actions">
        <button type="button" className="button button--primary" onClick={() => save(categories.map((c) => c.key))}>
          {content.acceptAllLabel || t.acceptAll}
        </button>
        <button type="button" className="button button--primary" onClick={() => save([])}>
          {content.rejectAllLabel || t.rejectAll}
        </button>
        {customizing ? (
          <button type="button" className="button" onClick={() => save(chosen)}>
            {content.saveLabel || t.save}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setCustomizing(true)}>
            {t.customize}
          </button>
        )}
      </div>
    </section>
  )
}
