import { locale as rootLocale } from "next/root-params"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { defaultLocale, isLocale } from "@/lib/i18n/locales"
import PostSkeleton from "@/modules/social/components/post-skeleton"

/** The post's outline while it loads, in the card's place; screen readers hear that it is loading. */
export default async function Loading() {
  // loading gets no params; the root param is the [locale] segment.
  const value: unknown = await rootLocale()
  const locale = typeof value === "string" && isLocale(value) ? value : defaultLocale
  return (
    <div className="post-page" aria-busy="true">
      <p className="visually-hidden" role="status">
        {getDictionary(locale).post.loading}
      </p>
      <PostSkeleton count={1} />
    </div>
  )
}
