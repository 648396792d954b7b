import Link from "next/link"

import { cmsHref, isExternal } from "@/lib/cms/links"
import type { Locale } from "@/lib/i18n/locales"

type Props = { href: string | null | undefined; locale: Locale; newTab?: boolean | null; className?: string; children: string }

/** A link edited in the CMS: localised when internal, dropped (text only) when the href is unusable. */
export default function CmsLink({ href, locale, newTab, className, children }: Props) {
  const target = cmsHref(locale, href)
  if (!target) return <span className={className}>{children}</span>
  const tab = newTab ? { target: "_blank", rel: "noopener noreferrer" } : {}
  if (isExternal(target)) {
    return (
      <a href={target} className={className} {...tab}>
        {children}
      </a>
    )
  }
  return (
    <Link href={target} className={className} {...tab}>
      {children}
    </Link>
  )
}
