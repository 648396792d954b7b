import "server-only"

import type { CookieConsentGlobal, FooterGlobal, HeaderGlobal, SiteSettings } from "@/lib/cms/types"
import type { Locale } from "@/lib/i18n/locales"

import { tags } from "../tags"
import { cmsGet, optional } from "./client"

type Globals = {
  header: HeaderGlobal
  footer: FooterGlobal
  "cookie-consent": CookieConsentGlobal
  "site-settings": SiteSettings
}

/** A global in the locale, or null when the CMS is down: every global has a fallback in the shop. */
export function getGlobal<S extends keyof Globals>(slug: S, locale: Locale): Promise<Globals[S] | null> {
  return optional(`global "${slug}" (${locale})`, () =>
    cmsGet<Globals[S]>(`/api/globals/${slug}`, { locale, depth: 1 }, [tags.cmsGlobal(slug)])
  )
}
