import { localizeHref, type Locale } from "@/lib/i18n/locales"

/**
 * A CMS href as a link target: storefront paths get the locale prefix, absolute http(s), mailto: and
 * tel: URLs pass through. Anything else (javascript:, protocol-relative, bare words) gives null, so a
 * typo or a hostile value in the CMS never becomes a link.
 */
export function cmsHref(locale: Locale, href: string | null | undefined): string | null {
  const value = href?.trim()
  if (!value) return null
  if (value.startsWith("/")) {
    return value.startsWith("//") || value.startsWith("/\\") ? null : localizeHref(locale, value)
  }
  if (value.startsWith("#")) return value
  try {
    const { protocol } = new URL(value)
    return ["http:", "https:", "mailto:", "tel:"].includes(protocol) ? value : null
  } catch {
    return null
  }
}

/** Whether a resolved href leaves the storefront (rendered as a plain <a> rather than next/link). */
export function isExternal(href: string): boolean {
  return !href.startsWith("/") && !href.startsWith("#")
}
