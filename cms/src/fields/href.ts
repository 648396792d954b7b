import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

// A link target is either a storefront path without the locale (the storefront adds `/<locale>`, so
// `/de/about` would become `/de/de/about`) or an absolute http(s) URL.
export function hrefError(value: string, locales: string[]): string | undefined {
  if (/\s/.test(value)) return 'A link cannot contain spaces.'
  if (/^https?:\/\//i.test(value)) {
    try {
      new URL(value)
      return undefined
    } catch {
      return 'Enter a valid URL, e.g. https://example.com/page.'
    }
  }
  // `//host` and `/\host` are protocol-relative URLs in browsers, not paths.
  if (!value.startsWith('/') || /^\/[/\\]/.test(value)) {
    return 'Enter a path starting with one "/" (e.g. /about) or a URL starting with https://.'
  }
  const first = value.slice(1).split(/[/?#]/)[0].toLowerCase()
  if (locales.includes(first)) {
    return `Leave out the language prefix /${first}: the storefront adds the visitor's language itself.`
  }
  return undefined
}

export const validateHref: TextFieldSingleValidation = (value, options) => {
  if (value) {
    const { localization } = options.req.payload.config
    const error = hrefError(value, localization ? localization.localeCodes : [])
    if (error) return error
  }
  return text(value, options)
}
