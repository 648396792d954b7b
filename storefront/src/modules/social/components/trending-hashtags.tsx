import Link from "next/link"

import { listTrending, type TrendingTag } from "@/lib/data/feed"
import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import { countText } from "@/lib/social/format"

type Props = { locale: Locale; t: SocialMessages["trending"] }

/** The hottest hashtags beside the feed. Extra content: when it cannot be read (logged), it says there are none. */
export default async function TrendingHashtags({ locale, t }: Props) {
  let trending: TrendingTag[] = []
  try {
    trending = await listTrending(10)
  } catch (error) {
    console.error(`Trending hashtags unavailable: ${(error as Error).message}`)
  }
  return (
    <section className="trending" aria-labelledby="trending-heading">
      <h2 id="trending-heading">{t.title}</h2>
      {trending.length > 0 ? (
        <ol className="trending__list">
          {trending.map(({ tag, postsCount }) => (
            <li key={tag}>
              <Link href={`/${locale}/tags/${encodeURIComponent(tag)}`} className="trending__link">
                <span className="trending__tag">#{tag}</span>
                <span className="trending__count">{countText(postsCount, locale, t.posts)}</span>
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="trending__empty">{t.empty}</p>
      )}
    </section>
  )
}
