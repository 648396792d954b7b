"use client"

import { CONSENT_OPEN_EVENT } from "@/lib/cms/consent"

/** Reopens the cookie banner, so a visitor can change or withdraw consent as easily as give it. */
export default function CookieSettingsButton({ label }: { label: string }) {
  return (
    <button type="button" className="button--link" onClick={() => window.dispatchEvent(new Event(CONSENT_OPEN_EVENT))}>
      {label}
    </button>
  )
}
